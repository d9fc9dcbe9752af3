package org.bcua.registry.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.Person;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.person.Position;
import org.bcua.registry.shared.Citation;
import org.bcua.registry.shared.CitationForm;
import org.bcua.registry.shared.DatePrecision;
import org.bcua.registry.shared.LastChange;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.Slugs;
import org.bcua.registry.shared.SourceService;
import org.bcua.registry.shared.StaleRecordException;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityService;

import org.bcua.registry.shared.Records;

/**
 * Agreements. The methods for the public pages only ever return published, unarchived
 * agreements: drafts are invisible everywhere. The methods for the admin area (marked so)
 * read every agreement, record and change them, each change in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

	private final AgreementRepository agreements;

	private final AreaRepository areas;

	private final UniversityService universities;

	private final PersonService people;

	private final MeetingService meetings;

	private final SourceService sources;

	private final ApplicationEventPublisher events;

	AgreementService(AgreementRepository agreements, AreaRepository areas, UniversityService universities,
			PersonService people, MeetingService meetings, SourceService sources, ApplicationEventPublisher events) {
		this.agreements = agreements;
		this.areas = areas;
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
		this.sources = sources;
		this.events = events;
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
		this.agreements.fetchParties(one);
		this.agreements.fetchAreas(one);
		Hibernate.initialize(agreement.getSources());
		return new AgreementDetail(agreement, this.agreements.findPublicRelations(agreement));
	}

	/**
	 * Agreements a university is party to, latest first, with all parties loaded.
	 */
	public List<Agreement> ofUniversity(Long universityId) {
		return withParties(this.agreements.findPublicByParty(universityId));
	}

	/**
	 * Agreements a person signed, latest first, with all parties loaded.
	 */
	public List<Agreement> signedBy(Long personId) {
		return withParties(this.agreements.findPublicBySignatory(personId));
	}

	/**
	 * Agreements signed at a meeting, with all parties loaded.
	 */
	public List<Agreement> atMeeting(Long meetingId) {
		return withParties(this.agreements.findPublicByMeeting(meetingId));
	}

	/**
	 * The latest agreements, with parties loaded.
	 */
	public List<Agreement> latest(int count) {
		return withParties(this.agreements.findLatestPublic(Pageable.ofSize(count)));
	}

	/**
	 * The published agreements with the given ids, in the order of the ids, with parties
	 * loaded. Ids of drafts, archived or unknown agreements are left out.
	 */
	public List<Agreement> publicByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : withParties(Records.inOrderOf(ids, this.agreements.findPublicByIds(ids)));
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
		return (universityIds.isEmpty()) ? Map.of() : toMap(this.agreements.countPublicByParty(universityIds));
	}

	/**
	 * How many published agreements were signed at each of the given meetings.
	 */
	public Map<Long, Long> countByMeeting(Collection<Long> meetingIds) {
		return (meetingIds.isEmpty()) ? Map.of() : toMap(this.agreements.countPublicByMeeting(meetingIds));
	}

	/**
	 * Published agreements, the last changed first, with parties and areas loaded: all of
	 * them, or only those of the given party, signatory, meeting or area (each
	 * {@code null} for any).
	 * @param count at most this many
	 */
	public List<Agreement> changedLately(@Nullable Long universityId, @Nullable Long personId, @Nullable Long meetingId,
			@Nullable Long areaId, int count) {
		List<Agreement> found = withParties(
				this.agreements.findChangedLately(universityId, personId, meetingId, areaId, Pageable.ofSize(count)));
		if (!found.isEmpty()) {
			this.agreements.fetchAreas(found);
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

	// Admin area
	// ---------------------------------------------------------------------------

	/**
	 * Admin area: one page of agreements, drafts included, the last changed first.
	 * @param publication only drafts or only published ones; {@code null} for both
	 * @param archived archived agreements instead of current ones
	 * @param page zero-based page number
	 */
	public Page<Agreement> listForEditors(@Nullable Publication publication, boolean archived, int page, int size) {
		Page<Agreement> result = this.agreements.findForEditors(publication, archived, PageRequest.of(page, size));
		withParties(result.getContent());
		return result;
	}

	/**
	 * Admin area: every agreement not archived, latest first (the related agreements
	 * picker).
	 */
	public List<Agreement> allForEditors() {
		return this.agreements.findAllForEditors();
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
		return positionIds.isEmpty() ? Set.of() : new HashSet<>(this.agreements.findPositionsSigned(positionIds));
	}

	/**
	 * Admin area: the areas of cooperation, topics first.
	 */
	public List<Area> areas() {
		return this.areas.findAllOrdered();
	}

	/**
	 * Admin area: an agreement, draft or archived included, with parties, signatories,
	 * areas, sources and relations loaded.
	 * @throws AgreementNotFoundException when there is none with the id
	 */
	public Agreement edit(long id) {
		Agreement agreement = this.agreements.findForEditing(id)
			.orElseThrow(() -> new AgreementNotFoundException("#" + id));
		List<Agreement> one = List.of(agreement);
		this.agreements.fetchParties(one);
		this.agreements.fetchAreas(one);
		this.agreements.fetchRelations(one);
		Hibernate.initialize(agreement.getSources());
		return agreement;
	}

	/**
	 * Admin area: checks a form as a whole, beyond what each field says on its own, and
	 * adds field errors: parties, signatories and positions consistent, the records
	 * chosen exist, dates in order, no relation to itself; and, to publish, at least two
	 * parties and one source.
	 * @param id the agreement edited, or {@code null} for a new one
	 */
	public void check(AgreementForm form, Errors errors, boolean publish, @Nullable Long id) {
		if (form.getMeetingId() != null && this.meetings.find(form.getMeetingId()).isEmpty()) {
			errors.rejectValue("meetingId", "form.error.unknown");
		}
		if (!form.getAreaIds().isEmpty()
				&& this.areas.findAllById(form.getAreaIds()).size() != new HashSet<>(form.getAreaIds()).size()) {
			errors.rejectValue("areaIds", "form.error.unknown");
		}
		checkDates(form, errors);
		checkParties(form, errors);
		this.sources.check(form.getSources(), errors, "sources");
		checkRelations(form, errors, id);
		if (publish && form.filledParties().size() < 2 && !errors.hasFieldErrors("parties")) {
			errors.rejectValue("parties", "agreement.error.parties");
		}
		if (publish && form.getSources().stream().allMatch(CitationForm::isBlank)) {
			errors.rejectValue("sources", "agreement.error.sources");
		}
	}

	private void checkDates(AgreementForm form, Errors errors) {
		if (errors.hasFieldErrors("signed") || errors.hasFieldErrors("expires")) {
			return;
		}
		PartialDate signed = PartialDate.parse(form.getSigned());
		PartialDate expires = PartialDate.parse(form.getExpires());
		if (signed != null && expires != null && expires.value().isBefore(signed.value())) {
			errors.rejectValue("expires", "agreement.error.expiresBeforeSigned");
		}
	}

	private void checkParties(AgreementForm form, Errors errors) {
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < form.getParties().size(); i++) {
			PartyForm party = form.getParties().get(i);
			if (party.isBlank()) {
				continue;
			}
			String row = "parties[" + i + "].";
			if (party.getUniversityId() == null) {
				errors.rejectValue(row + "universityId", "agreement.error.partyUniversity");
			}
			else if (this.universities.find(party.getUniversityId()).isEmpty()) {
				errors.rejectValue(row + "universityId", "form.error.unknown");
			}
			else if (!seen.add(party.getUniversityId())) {
				errors.rejectValue(row + "universityId", "agreement.error.partyTwice");
			}
			if (party.getSignatoryId() != null) {
				if (!this.people.isListed(party.getSignatoryId())) {
					errors.rejectValue(row + "signatoryId", "form.error.unknown");
				}
				if (party.hasNewSignatory()) {
					errors.rejectValue(row + "signatoryNameEn", "agreement.error.signatoryBoth");
				}
			}
			else if (party.hasNewSignatory() && party.getSignatoryNameEn() == null) {
				errors.rejectValue(row + "signatoryNameEn", "agreement.error.signatoryNameEn");
			}
			else if (!party.hasNewSignatory() && party.hasPosition()) {
				errors.rejectValue(row + "positionEn", "agreement.error.positionWithoutSignatory");
			}
			if (party.hasNewSignatory() && party.hasPosition() && party.getPositionEn() == null) {
				errors.rejectValue(row + "positionEn", "agreement.error.positionEn");
			}
		}
	}

	private void checkRelations(AgreementForm form, Errors errors, @Nullable Long id) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < form.getRelations().size(); i++) {
			RelationForm relation = form.getRelations().get(i);
			if (relation.getRelatedId() == null) {
				continue;
			}
			String field = "relations[" + i + "].relatedId";
			if (relation.getRelatedId().equals(id)) {
				errors.rejectValue(field, "agreement.error.relatedItself");
			}
			else if (this.agreements.findById(relation.getRelatedId()).filter((a) -> !a.isArchived()).isEmpty()) {
				errors.rejectValue(field, "form.error.unknown");
			}
			else if (!seen.add(relation.getKind() + ":" + relation.getRelatedId())) {
				errors.rejectValue(field, "agreement.error.relatedTwice");
			}
		}
	}

	/**
	 * Admin area: recorded agreements that the form may duplicate: two of the same
	 * signing day, the same parties and a similar title (trigram similarity above 0.4).
	 * An agreement whose editor confirmed it is none of them (see
	 * {@link AgreementForm#isDuplicateConfirmed()}) has none, until its parties, signing
	 * date or English title change, or another look-alike is recorded.
	 * @param id the agreement edited (never its own duplicate), or {@code null}
	 */
	public List<Agreement> likelyDuplicates(AgreementForm form, @Nullable Long id) {
		List<Agreement> lookAlikes = lookAlikes(form, id);
		if (lookAlikes.isEmpty() || id == null) {
			return lookAlikes;
		}
		String confirmed = this.agreements.findById(id).map(Agreement::getLookAlikesConfirmed).orElse(null);
		return lookAlikeDigest(form, lookAlikes).equals(confirmed) ? List.of() : lookAlikes;
	}

	/**
	 * The agreements the form looks like, whether or not an editor confirmed it is none
	 * of them.
	 */
	private List<Agreement> lookAlikes(AgreementForm form, @Nullable Long id) {
		PartialDate signed = PartialDate.isValid(form.getSigned()) ? PartialDate.parse(form.getSigned()) : null;
		LocalDate signedOn = (signed != null && signed.precision() == DatePrecision.DAY) ? signed.value() : null;
		String title = Objects.requireNonNullElse(form.getTitleEn(), "");
		List<Object[]> candidates = this.agreements.findDuplicateCandidates(title, signedOn, id);
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<Long, Double> similarity = new HashMap<>();
		candidates.forEach((row) -> similarity.put(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue()));
		List<Agreement> found = withParties(this.agreements.findAllById(similarity.keySet()));
		Set<Long> parties = form.filledParties()
			.stream()
			.map(PartyForm::getUniversityId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return found.stream().filter((agreement) -> {
			int matches = 0;
			if (signed != null && signed.equals(agreement.getSigned())) {
				matches++;
			}
			if (similarity.getOrDefault(agreement.getId(), 0.0) > 0.4) {
				matches++;
			}
			Set<Long> theirs = agreement.getParties()
				.stream()
				.map((party) -> party.getUniversity().getId())
				.collect(Collectors.toSet());
			if (!parties.isEmpty() && parties.equals(theirs)) {
				matches++;
			}
			return matches >= 2;
		}).sorted(Comparator.comparing(Agreement::getId).reversed()).toList();
	}

	/**
	 * What made the form look like the given agreements: its parties, signing date and
	 * English title (as compared), and which agreements they were, as a SHA-256 digest.
	 */
	static String lookAlikeDigest(AgreementForm form, List<Agreement> lookAlikes) {
		String parties = form.filledParties()
			.stream()
			.map(PartyForm::getUniversityId)
			.filter(Objects::nonNull)
			.sorted()
			.distinct()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		String signed = PartialDate.isValid(form.getSigned()) ? String.valueOf(PartialDate.parse(form.getSigned()))
				: "";
		String title = Objects.requireNonNullElse(form.getTitleEn(), "").strip().toLowerCase(Locale.ROOT);
		String others = lookAlikes.stream()
			.map(Agreement::getId)
			.sorted()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join("\n", parties, signed, title, others).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Remembers, when the editor confirmed the form is not a duplicate, what it looked
	 * like then, so that the question is not asked again for the same look-alikes.
	 */
	private void rememberConfirmation(Agreement agreement, AgreementForm form, @Nullable Long id) {
		if (!form.isDuplicateConfirmed()) {
			return;
		}
		List<Agreement> lookAlikes = lookAlikes(form, id);
		if (!lookAlikes.isEmpty()) {
			agreement.confirmLookAlikes(lookAlikeDigest(form, lookAlikes));
		}
	}

	/**
	 * Admin area: records a new agreement from a checked form, in one transaction, with
	 * the new signatories typed in it (hidden from the public while the agreement is a
	 * draft).
	 * @param publish whether the public sees it at once
	 */
	@Transactional
	public Agreement record(AgreementForm form, boolean publish) {
		PartialDate signed = PartialDate.parse(form.getSigned());
		String base = Slugs.of(form.getTitleEn(), 100, "agreement");
		String slug = Slugs.unique((signed != null) ? signed.iso() + "-" + base : base, this.agreements::existsBySlug);
		Agreement agreement = new Agreement(slug);
		rememberConfirmation(agreement, form, null);
		apply(agreement, form, publish);
		if (publish) {
			agreement.publish();
		}
		agreement = this.agreements.saveAndFlush(agreement);
		changed(agreement, RecordChanged.Change.CREATED);
		if (publish) {
			changed(agreement, RecordChanged.Change.PUBLISHED);
		}
		return agreement;
	}

	/**
	 * Admin area: saves a checked form over an agreement, in one transaction.
	 * @param publish {@code true} to publish it, {@code false} to keep its publication
	 * @throws StaleRecordException when the agreement changed since the form was made
	 * @throws AgreementNotFoundException when there is none with the id
	 */
	@Transactional
	public Agreement update(long id, AgreementForm form, boolean publish) {
		Agreement agreement = edit(id);
		if (agreement.getVersion() != form.getVersion()) {
			throw new StaleRecordException(RecordKind.AGREEMENT, id, form.getVersion());
		}
		boolean wasPublished = agreement.getPublication() == Publication.PUBLISHED;
		boolean published = wasPublished || publish;
		rememberConfirmation(agreement, form, id);
		apply(agreement, form, published);
		if (published && !wasPublished) {
			agreement.publish();
		}
		this.agreements.flush();
		changed(agreement, RecordChanged.Change.UPDATED);
		if (published && !wasPublished) {
			changed(agreement, RecordChanged.Change.PUBLISHED);
		}
		return agreement;
	}

	/**
	 * Admin area: takes a published agreement back to draft, out of every public page.
	 * @throws StaleRecordException when the agreement changed since the version given
	 */
	@Transactional
	public Agreement unpublish(long id, long version) {
		Agreement agreement = editable(id, version);
		agreement.unpublish();
		this.agreements.flush();
		changed(agreement, RecordChanged.Change.UNPUBLISHED);
		return agreement;
	}

	/**
	 * Admin area: archives an agreement (what deleting is): gone from every page, kept
	 * with its whole history.
	 * @throws StaleRecordException when the agreement changed since the version given
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Agreement archive(long id, long version) {
		Agreement agreement = editable(id, version);
		agreement.archive(Instant.now());
		this.agreements.flush();
		changed(agreement, RecordChanged.Change.ARCHIVED);
		return agreement;
	}

	private Agreement editable(long id, long version) {
		Agreement agreement = this.agreements.findById(id).orElseThrow(() -> new AgreementNotFoundException("#" + id));
		if (agreement.getVersion() != version) {
			throw new StaleRecordException(RecordKind.AGREEMENT, id, version);
		}
		return agreement;
	}

	/**
	 * Sets everything of the form on the agreement.
	 * @return the signatories added with it
	 */
	private Set<Person> apply(Agreement agreement, AgreementForm form, boolean published) {
		Meeting meeting = (form.getMeetingId() != null) ? this.meetings.find(form.getMeetingId()).orElseThrow() : null;
		agreement.describe(form.getKind(), form.titles(), form.getSummary(), form.getPlace(), meeting,
				PartialDate.parse(form.getSigned()), PartialDate.parse(form.getInForce()),
				PartialDate.parse(form.getExpires()), form.getStatus(), form.isAssociationInstrument());
		agreement.replaceAreas(new LinkedHashSet<>(this.areas.findAllById(form.getAreaIds())));
		Set<Citation> citations = this.sources.cite(form.getSources());
		agreement.replaceSources(citations);
		Set<Person> added = new LinkedHashSet<>();
		Set<University> partyUniversities = new LinkedHashSet<>();
		int order = 0;
		for (PartyForm row : form.filledParties()) {
			University university = this.universities.find(Objects.requireNonNull(row.getUniversityId())).orElseThrow();
			partyUniversities.add(university);
			AgreementParty party = agreement.partyOf(university);
			party.arrange(order++, row.getRoleNote());
			Person signatory = null;
			Position position = null;
			String title = null;
			if (row.getSignatoryId() != null) {
				signatory = this.people.get(row.getSignatoryId());
				if (row.getPositionEn() != null) {
					position = this.people.positionAt(signatory, university, row.getPositionEn()).orElse(null);
					title = (position != null) ? null : row.getPositionEn();
				}
			}
			else if (row.hasNewSignatory()) {
				LocalizedName names = new LocalizedName(Objects.requireNonNull(row.getSignatoryNameEn()),
						row.getSignatoryNameRu(), row.getSignatoryNameBe(), row.getSignatoryNameZh());
				LocalizedName positionTitles = (row.getPositionEn() != null) ? new LocalizedName(row.getPositionEn(),
						row.getPositionRu(), row.getPositionBe(), row.getPositionZh()) : null;
				signatory = this.people.addSignatory(names, university, positionTitles, citations, published);
				position = signatory.getPositions().isEmpty() ? null : signatory.getPositions().get(0);
				added.add(signatory);
			}
			party.sign(signatory, position, title, PartialDate.parse(row.getSigned()));
		}
		agreement.keepParties(partyUniversities);
		Set<AgreementRelation.Target> targets = new LinkedHashSet<>();
		for (RelationForm relation : form.getRelations()) {
			if (relation.getRelatedId() != null) {
				targets.add(new AgreementRelation.Target(
						this.agreements.findById(relation.getRelatedId()).orElseThrow(), relation.getKind()));
			}
		}
		agreement.replaceRelations(targets);
		if (published) {
			this.people.publish(agreement.getParties()
				.stream()
				.map(AgreementParty::getSignatory)
				.filter(Objects::nonNull)
				.toList());
		}
		return added;
	}

	private void changed(Agreement agreement, RecordChanged.Change change) {
		this.events
			.publishEvent(new RecordChanged(RecordKind.AGREEMENT, Objects.requireNonNull(agreement.getId()), change));
	}

	/**
	 * Loads the parties (with their universities, signatories and positions) of the given
	 * agreements in one statement.
	 * @return the same list
	 */
	public List<Agreement> withParties(List<Agreement> list) {
		if (!list.isEmpty()) {
			this.agreements.fetchParties(list);
		}
		return list;
	}

	private static Map<Long, Long> toMap(List<Object[]> rows) {
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : rows) {
			counts.put((Long) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

}
