package org.bcua.registry.admin.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

	List<Account> findAllByOrderByUsername();

	/**
	 * Notes a sign-in without touching the account's version or history.
	 */
	@Modifying
	@Query("update Account a set a.lastSignInAt = :at where a.username = :username")
	int noteSignIn(String username, Instant at);

}
