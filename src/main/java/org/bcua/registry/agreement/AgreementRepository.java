package org.bcua.registry.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.bcua.registry.shared.LastChange;
import org.bcua.registry.shared.Records;

/**
 * Agreements. Every query for the public pages keeps to published, unarchived agreements.
 */
interface AgreementRepository extends JpaRepository<Agreement, Long> {

	String PUBLIC = "a.publication = 'PUBLISHED' and a.archivedAt is null";

	@Query("select a from Agreement a left join fetch a.meeting where a.slug = :slug and " + PUBLIC)
	Optional<Agreement> findPublicBySlug(String slug);

	@Query("""
			select distinct a from Agreement a
			left join fetch a.parties p left join fetch p.university left join fetch p.signatory
			left join fetch p.signatoryPosition
			where id_in(a.id, :ids)
			""")
	List<Agreement> fetchParties(Long[] ids);

	/**
	 * Loads the parties (with their universities, signatories and positions) of the given
	 * agreements in one statement.
	 * @return the same list
	 */
	default List<Agreement> withParties(List<Agreement> agreements) {
		if (!agreements.isEmpty()) {
			fetchParties(Records.ids(agreements));
		}
		return agreements;
	}

	@Query("select distinct a from Agreement a left join fetch a.areas where id_in(a.id, :ids)")
	List<Agreement> fetchAreas(Long[] ids);

	@Query("select a from Agreement a left join fetch a.meeting where " + PUBLIC + """
			  and exists (select 1 from AgreementParty p where p.agreement = a and p.university.id = :universityId)
			order by coalesce(a.signedOn, a.inForceOn) desc nulls last, a.id desc
			""")
	List<Agreement> findPublicByParty(Long universityId);

	@Query("select a from Agreement a where " + PUBLIC + """
			  and exists (select 1 from AgreementParty p where p.agreement = a and p.signatory.id = :personId)
			order by coalesce(a.signedOn, a.inForceOn) desc nulls last, a.id desc
			""")
	List<Agreement> findPublicBySignatory(Long personId);

	@Query("select a from Agreement a where " + PUBLIC + """
			  and a.meeting.id = :meetingId
			order by coalesce(a.signedOn, a.inForceOn) desc nulls last, a.id desc
			""")
	List<Agreement> findPublicByMeeting(Long meetingId);

	@Query("select a from Agreement a where " + PUBLIC
			+ " order by coalesce(a.signedOn, a.inForceOn) desc nulls last, a.id desc")
	List<Agreement> findLatestPublic(Pageable pageable);

	@Query("""
			select r from AgreementRelation r join fetch r.agreement a join fetch r.related b
			where (a = :agreement or b = :agreement)
			  and a.publication = 'PUBLISHED' and a.archivedAt is null
			  and b.publication = 'PUBLISHED' and b.archivedAt is null
			""")
	List<AgreementRelation> findPublicRelations(Agreement agreement);

	@Query("select a from Agreement a where a.updatedAt >= :since and " + PUBLIC + " order by a.updatedAt, a.id")
	org.springframework.data.domain.Page<Agreement> findPublicChangedSince(java.time.Instant since, Pageable pageable);

	@Query("select a from Agreement a where id_in(a.id, :ids) and " + PUBLIC)
	List<Agreement> findPublicByIds(Long[] ids);

	@Query("select count(a) from Agreement a where " + PUBLIC)
	long countPublic();

	@Query("""
			select a from Agreement a
			where (:publication is null or a.publication = :publication)
			  and ((:archived = true and a.archivedAt is not null) or (:archived = false and a.archivedAt is null))
			order by a.updatedAt desc, a.id desc
			""")
	Page<Agreement> findForEditors(@Nullable Publication publication, boolean archived, Pageable pageable);

	@Query("select a from Agreement a where a.archivedAt is null order by coalesce(a.signedOn, a.inForceOn) desc nulls last, a.id desc")
	List<Agreement> findAllForEditors();

	@Query("select a from Agreement a left join fetch a.meeting where a.id = :id")
	Optional<Agreement> findForEditing(long id);

	@Query("select distinct a from Agreement a left join fetch a.relations r left join fetch r.related where id_in(a.id, :ids)")
	List<Agreement> fetchRelations(Long[] ids);

	boolean existsBySlug(String slug);

	@Query("select count(distinct p.agreement) from AgreementParty p where p.university.id = :id and p.agreement.archivedAt is null")
	long countCurrentByParty(long id);

	@Query("select count(distinct p.agreement) from AgreementParty p where p.signatory.id = :id and p.agreement.archivedAt is null")
	long countCurrentBySignatory(long id);

	@Query("select count(a) from Agreement a where a.meeting.id = :id and a.archivedAt is null")
	long countCurrentByMeeting(long id);

	@Query("select distinct p.signatoryPosition.id from AgreementParty p where id_in(p.signatoryPosition.id, :positionIds)")
	List<Long> findPositionsSigned(Long[] positionIds);

	/**
	 * Agreements not archived that were signed on the given day or have a title like the
	 * given one (trigram similarity), with the similarity: candidates for a duplicate.
	 */
	@Query(nativeQuery = true, value = """
			select a.id, similarity(lower(a.title_en), lower(:title))
			from agreement a
			where a.archived_at is null
			  and (cast(:excluded as bigint) is null or a.id <> cast(:excluded as bigint))
			  and ((cast(:signed as date) is not null and a.signed_on = cast(:signed as date))
			       or similarity(lower(a.title_en), lower(:title)) > 0.4)
			order by 2 desc, a.id desc
			limit 20
			""")
	List<Object[]> findDuplicateCandidates(String title, java.time.@Nullable LocalDate signed, @Nullable Long excluded);

	/**
	 * Published agreements, the last changed first, optionally only those of a party, a
	 * signatory, a meeting or an area (the Atom feeds).
	 */
	@Query("select a from Agreement a left join fetch a.meeting m where " + PUBLIC + """
			  and (:universityId is null or exists
			       (select 1 from AgreementParty p where p.agreement = a and p.university.id = :universityId))
			  and (:personId is null or exists
			       (select 1 from AgreementParty p where p.agreement = a and p.signatory.id = :personId))
			  and (:meetingId is null or m.id = :meetingId)
			  and (:areaId is null or exists (select 1 from Agreement b join b.areas x where b = a and x.id = :areaId))
			order by a.updatedAt desc, a.id desc
			""")
	List<Agreement> findChangedLately(@Nullable Long universityId, @Nullable Long personId, @Nullable Long meetingId,
			@Nullable Long areaId, Pageable pageable);

	@Query("select new org.bcua.registry.shared.LastChange(a.slug, a.updatedAt) from Agreement a where " + PUBLIC
			+ " order by a.slug")
	List<LastChange> findPublicLastChanges();

	@Query("select count(a) from Agreement a where " + PUBLIC + " and a.associationInstrument = true")
	long countPublicAssociationInstruments();

	@Query("select distinct extract(year from coalesce(a.signedOn, a.inForceOn)) from Agreement a where " + PUBLIC
			+ " and coalesce(a.signedOn, a.inForceOn) is not null order by 1 desc")
	List<Integer> findPublicYears();

	@Query("""
			select p.university.id, count(distinct a) from AgreementParty p join p.agreement a
			where id_in(p.university.id, :universityIds) and a.publication = 'PUBLISHED' and a.archivedAt is null
			group by p.university.id
			""")
	List<Object[]> countPublicByParty(Long[] universityIds);

	@Query("""
			select a.meeting.id, count(a) from Agreement a
			where id_in(a.meeting.id, :meetingIds) and a.publication = 'PUBLISHED' and a.archivedAt is null
			group by a.meeting.id
			""")
	List<Object[]> countPublicByMeeting(Long[] meetingIds);

}
