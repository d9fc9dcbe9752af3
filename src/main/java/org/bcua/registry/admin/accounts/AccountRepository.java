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

	/**
	 * Waits for, then holds until the end of the transaction, the database's lock on
	 * creating the first administrator: instances starting together on an empty registry
	 * take turns, and only the first creates it.
	 */
	@Query(value = "select count(*) from (select pg_advisory_xact_lock(7301)) locked", nativeQuery = true)
	long lockFirstAdministrator();

}
