package org.bcua.registry.source;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findByUrl(String url);

	@Query("select s from Source s order by s.id desc")
	Page<Source> findLatestFirst(Pageable pageable);

	/**
	 * The ids of the sources a public record cites (a listed university or its membership
	 * evidence, a published person, a listed meeting, a published agreement): the others
	 * may describe what the public does not see yet.
	 */
	String CITED_PUBLICLY = """
			(select us.source_id from university_source us join university u on u.id = us.university_id
			     where u.archived_at is null
			 union select e.source_id from membership_evidence e join university u on u.id = e.university_id
			     where u.archived_at is null
			 union select ps.source_id from person_source ps join person p on p.id = ps.person_id
			     where p.archived_at is null and p.published
			 union select ms.source_id from meeting_source ms join meeting m on m.id = ms.meeting_id
			     where m.archived_at is null
			 union select gs.source_id from agreement_source gs join agreement a on a.id = gs.agreement_id
			     where a.archived_at is null and a.publication = 'PUBLISHED')
			""";

	@Query(value = "select s.* from source s where s.id in " + CITED_PUBLICLY + " order by s.id",
			countQuery = "select count(*) from source s where s.id in " + CITED_PUBLICLY, nativeQuery = true)
	Page<Source> findCitedPublicly(Pageable pageable);

	@Query(value = "select s.* from source s where s.updated_at >= :since and s.id in " + CITED_PUBLICLY
			+ " order by s.updated_at, s.id",
			countQuery = "select count(*) from source s where s.updated_at >= :since and s.id in " + CITED_PUBLICLY,
			nativeQuery = true)
	Page<Source> findCitedPubliclyChangedSince(Instant since, Pageable pageable);

	@Query(value = "select s.* from source s where s.id = :id and s.id in " + CITED_PUBLICLY, nativeQuery = true)
	Optional<Source> findCitedPublicly(long id);

}
