package org.bcua.registry.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.bcua.registry.shared.LastChange;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("select distinct m from Meeting m left join fetch m.hosts where m.archivedAt is null order by m.startsOn desc")
	List<Meeting> findListed();

	@Query("select m from Meeting m left join fetch m.hosts where m.slug = :slug and m.archivedAt is null")
	Optional<Meeting> findListedBySlug(String slug);

	@Query("select new org.bcua.registry.shared.LastChange(m.slug, m.updatedAt) from Meeting m where m.archivedAt is null order by m.slug")
	List<LastChange> findListedLastChanges();

	boolean existsBySlug(String slug);

	@Query("select m from Meeting m left join fetch m.hosts where m.id = :id")
	Optional<Meeting> findForEditing(long id);

	@Query("select distinct m from Meeting m left join fetch m.hosts where (:archived = true and m.archivedAt is not null) or (:archived = false and m.archivedAt is null) order by m.startsOn desc")
	List<Meeting> findForEditors(boolean archived);

	@Query("select m from Meeting m where id_in(m.id, :ids)")
	List<Meeting> findByIds(Long[] ids);

	@Query("""
			select m from Meeting m where m.archivedAt is null
			  and (exists (select 1 from Meeting h join h.hosts u where h = m and u.id = :universityId)
			    or m.id in (select e.meetingId from MembershipEvidence e where e.university.id = :universityId))
			order by m.startsOn desc
			""")
	List<Meeting> findListedWithUniversity(Long universityId);

	@Query("select m from Meeting m where id_in(m.id, :ids) and m.archivedAt is null")
	List<Meeting> findListedByIds(Long[] ids);

}
