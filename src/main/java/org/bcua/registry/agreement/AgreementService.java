package org.bcua.registry.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.shared.LastChange;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.Records;

/**
 * Agreements as visitors see them: only published, unarchived agreements, drafts are
 * invisible everywhere; and how many agreements refer to a record, which keeps it from
 * being archived. Editors record and change agreements through
 * {@link AgreementRecording}.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

	private final AgreementRepository agreements;

	private final AreaRepository areas;

	AgreementService(AgreementRepository agreements, AreaRepository areas) {
		this.agreements = agreements;
		this.areas = areas;
	}

	/**
	 * An agreement with parties, signatories, meeting, areas, sources and relations
	 * loaded.
	 * @throws AgreementNotFoundException when no published agreement has the slug
	 */
	public AgreementDetail show(String slug) {
		Agreement agreement = this.agreements.findPublicBySlug(slug)
			.orElseThrow(() -> new AgreementNotFoundException(slug));
		List<Agreement> one = List.of(agreement);
		this.agreements.fetchParties(Records.ids(one));
		this.agreements.fetchAreas(Records.ids(one));
		Hibernate.initialize(agreement.getSources());
		return new AgreementDetail(agreement, this.agreements.findPublicRelations(agreement));
	}

	/**
	 * One page of the published agreements that changed at or after the given moment, in
	 * the order of change (what a harvester asks for), with parties loaded.
	 * @param page zero-based page number
	 */
	public org.springframework.data.domain.Page<Agreement> changedSince(java.time.Instant since, int page, int size) {
		org.springframework.data.domain.Page<Agreement> result = this.agreements.findPublicChangedSince(since,
				org.springframework.data.domain.PageRequest.of(page, size));
		this.agreements.withParties(result.getContent());
		return result;
	}

	/**
	 * Agreements a university is party to, latest first, with all parties loaded.
	 */
	public List<Agreement> ofUniversity(Long universityId) {
		return this.agreements.withParties(this.agreements.findPublicByParty(universityId));
	}

	/**
	 * Agreements a person signed, latest first, with all parties loaded.
	 */
	public List<Agreement> signedBy(Long personId) {
		return this.agreements.withParties(this.agreements.findPublicBySignatory(personId));
	}

	/**
	 * Agreements signed at a meeting, with all parties loaded.
	 */
	public List<Agreement> atMeeting(Long meetingId) {
		return this.agreements.withParties(this.agreements.findPublicByMeeting(meetingId));
	}

	/**
	 * The latest agreements, with parties loaded.
	 */
	public List<Agreement> latest(int count) {
		return this.agreements.withParties(this.agreements.findLatestPublic(Pageable.ofSize(count)));
	}

	/**
	 * The published agreements with the given ids, in the order of the ids, with parties
	 * loaded. Ids of drafts, archived or unknown agreements are left out.
	 */
	public List<Agreement> publicByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.agreements
			.withParties(Records.inOrderOf(ids, this.agreements.findPublicByIds(Records.array(ids))));
	}

	public long count() {
		return this.agreements.countPublic();
	}

	public long countAssociationInstruments() {
		return this.agreements.countPublicAssociationInstruments();
	}

	/**
	 * Years in which published agreements were signed, latest first.
	 */
	public List<Integer> years() {
		return this.agreements.findPublicYears();
	}

	/**
	 * How many published agreements each of the given universities is party to.
	 */
	public Map<Long, Long> countByParty(Collection<Long> universityIds) {
		return (universityIds.isEmpty()) ? Map.of()
				: toMap(this.agreements.countPublicByParty(Records.array(universityIds)));
	}

	/**
	 * How many published agreements were signed at each of the given meetings.
	 */
	public Map<Long, Long> countByMeeting(Collection<Long> meetingIds) {
		return (meetingIds.isEmpty()) ? Map.of()
				: toMap(this.agreements.countPublicByMeeting(Records.array(meetingIds)));
	}

	/**
	 * Published agreements, the last changed first, with parties and areas loaded: all of
	 * them, or only those of the given party, signatory, meeting or area (each
	 * {@code null} for any).
	 * @param count at most this many
	 */
	public List<Agreement> changedLately(@Nullable Long universityId, @Nullable Long personId, @Nullable Long meetingId,
			@Nullable Long areaId, int count) {
		List<Agreement> found = this.agreements.withParties(
				this.agreements.findChangedLately(universityId, personId, meetingId, areaId, Pageable.ofSize(count)));
		if (!found.isEmpty()) {
			this.agreements.fetchAreas(Records.ids(found));
		}
		return found;
	}

	/**
	 * The area of cooperation with the slug.
	 * @return the area, or empty when there is none
	 */
	public Optional<Area> area(String slug) {
		return this.areas.findBySlug(slug);
	}

	/**
	 * Every published agreement's slug and last change (the sitemap).
	 */
	public List<LastChange> lastChanges() {
		return this.agreements.findPublicLastChanges();
	}

	/**
	 * Admin area: how many agreements not archived (drafts included) name the record: as
	 * a party (university), a signatory (person) or the meeting where they were signed.
	 * Such a record cannot be archived.
	 */
	public long referencesTo(RecordKind kind, long id) {
		return switch (kind) {
			case UNIVERSITY -> this.agreements.countCurrentByParty(id);
			case PERSON -> this.agreements.countCurrentBySignatory(id);
			case MEETING -> this.agreements.countCurrentByMeeting(id);
			default -> 0;
		};
	}

	/**
	 * Admin area: those of the given positions that signatures name as the position held
	 * at signing (they cannot be removed).
	 */
	public Set<Long> positionsSigned(Collection<Long> positionIds) {
		return positionIds.isEmpty() ? Set.of()
				: new HashSet<>(this.agreements.findPositionsSigned(Records.array(positionIds)));
	}

	/**
	 * Admin area: the areas of cooperation, topics first.
	 */
	public List<Area> areas() {
		return this.areas.findAllOrdered();
	}

	private static Map<Long, Long> toMap(List<Object[]> rows) {
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : rows) {
			counts.put((Long) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

}
