package org.bcua.registry.university;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.bcua.registry.shared.LastChange;

interface UniversityRepository extends JpaRepository<University, Long> {

	@EntityGraph(attributePaths = "aliases")
	Optional<University> findBySlugAndArchivedAtIsNull(String slug);

	@Query("select new org.bcua.registry.shared.LastChange(u.slug, u.updatedAt) from University u where u.archivedAt is null order by u.slug")
	List<LastChange> findListedLastChanges();

	@Query("select u from University u where u.archivedAt is null and u.updatedAt >= :since order by u.updatedAt, u.id")
	Page<University> findListedChangedSince(java.time.Instant since, Pageable pageable);

	@Query("select distinct u from University u left join fetch u.evidence where id_in(u.id, :ids)")
	List<University> fetchEvidence(Long[] ids);

	@Query("select u from University u where u.archivedAt is null order by u.nameEn")
	List<University> findAllListed();

	@EntityGraph(attributePaths = "aliases")
	@Query("select u from University u where u.archivedAt is null order by u.nameEn")
	List<University> findAllListedWithAliases();

	@EntityGraph(attributePaths = "aliases")
	@Query("select u from University u where id_in(u.id, :ids) and u.archivedAt is null")
	List<University> findListedByIds(Long[] ids);

	@Query("""
			select u.country as country, count(u) as universities,
			       sum(case when u.membershipRole in ('CO_LEAD', 'MEMBER') then 1 else 0 end) as members
			from University u where u.archivedAt is null group by u.country order by u.country
			""")
	List<CountryFigures> countByCountry();

	boolean existsBySlug(String slug);

	Optional<University> findByRorId(String rorId);

	Optional<University> findByWikidataId(String wikidataId);

	@Query("select u from University u where (:archived = true and u.archivedAt is not null) or (:archived = false and u.archivedAt is null) order by u.nameEn, u.id")
	Page<University> findForEditors(boolean archived, Pageable pageable);

	@EntityGraph(attributePaths = "aliases")
	@Query("select u from University u where u.id = :id")
	Optional<University> findForEditing(long id);

	@Query("select e from MembershipEvidence e join fetch e.university u where e.meetingId = :meetingId and u.archivedAt is null order by u.country, u.nameEn")
	List<MembershipEvidence> findAttendance(Long meetingId);

}
