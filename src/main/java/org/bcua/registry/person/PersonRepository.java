package org.bcua.registry.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.bcua.registry.shared.LastChange;

interface PersonRepository extends JpaRepository<Person, Long> {

	@Query("select p from Person p where p.archivedAt is null and p.published = true")
	Page<Person> findListed(Pageable pageable);

	Optional<Person> findBySlugAndArchivedAtIsNullAndPublishedTrue(String slug);

	@Query("select new org.bcua.registry.shared.LastChange(p.slug, p.updatedAt) from Person p where p.archivedAt is null and p.published = true order by p.slug")
	List<LastChange> findListedLastChanges();

	@Query("select p from Person p where p.archivedAt is null and p.published = true and p.updatedAt >= :since "
			+ "order by p.updatedAt, p.id")
	Page<Person> findListedChangedSince(java.time.Instant since, Pageable pageable);

	@Query("""
			select distinct p from Person p
			left join fetch p.positions pos left join fetch pos.university
			where id_in(p.id, :ids)
			""")
	List<Person> fetchPositions(Long[] ids);

	@Query("""
			select pos from Position pos join fetch pos.person p
			where pos.university.id = :universityId and p.archivedAt is null and p.published = true
			order by pos.heldFrom desc nulls last, p.nameEn
			""")
	List<Position> findPositionsAt(Long universityId);

	@Query("select p.id from Person p where p.archivedAt is null and p.published = true")
	List<Long> findListedIds(Sort sort);

	@Query("select p from Person p where id_in(p.id, :ids) and p.archivedAt is null and p.published = true")
	List<Person> findListedByIds(Long[] ids);

	@Query("select count(p) from Person p where p.archivedAt is null and p.published = true")
	long countListed();

	@Query("select p from Person p where p.archivedAt is null order by p.nameEn, p.id")
	List<Person> findAllForEditors();

	@Query("select p from Person p where (:archived = true or p.archivedAt is null) order by p.nameEn, p.id")
	org.springframework.data.domain.Page<Person> findForEditors(boolean archived, Pageable pageable);

	boolean existsBySlug(String slug);

}
