package org.bcua.registry.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	@Query("select p from Person p where p.archivedAt is null")
	Page<Person> findListed(Pageable pageable);

	Optional<Person> findBySlugAndArchivedAtIsNull(String slug);

	@Query("""
			select distinct p from Person p
			left join fetch p.positions pos left join fetch pos.university
			where p in :people
			""")
	List<Person> fetchPositions(Collection<Person> people);

	@Query("""
			select pos from Position pos join fetch pos.person p
			where pos.university.id = :universityId and p.archivedAt is null
			order by pos.heldFrom desc nulls last, p.nameEn
			""")
	List<Position> findPositionsAt(Long universityId);

	@Query("select p from Person p where p.id in :ids and p.archivedAt is null")
	List<Person> findListedByIds(Collection<Long> ids);

	@Query("select count(p) from Person p where p.archivedAt is null")
	long countListed();

}
