package org.bcua.registry.agreement;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.Person;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.person.Position;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.Records;
import org.bcua.registry.shared.Slugs;
import org.bcua.registry.shared.StaleRecordException;
import org.bcua.registry.source.Citation;
import org.bcua.registry.source.SourceService;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityService;

/**
 * Agreements as editors see and change them (the admin area): every agreement, drafts and
 * archived ones included; each change in one transaction, announced as a
 * {@link RecordChanged} so that what is derived from it is written before it commits.
 * Forms reach it checked by {@link AgreementFormValidator}.
 */
@Service
@Transactional(readOnly = true)
public class AgreementRecording {

	private final AgreementRepository agreements;

	private final AreaRepository areas;

	private final UniversityService universities;

	private final PersonService people;

	private final MeetingService meetings;

	private final SourceService sources;

	private final AgreementLookAlikes lookAlikes;

	private final ApplicationEventPublisher events;

	AgreementRecording(AgreementRepository agreements, AreaRepository areas, UniversityService universities,
			PersonService people, MeetingService meetings, SourceService sources, AgreementLookAlikes lookAlikes,
			ApplicationEventPublisher events) {
		this.agreements = agreements;
		this.areas = areas;
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
		this.sources = sources;
		this.lookAlikes = lookAlikes;
		this.events = events;
	}

	/**
	 * Admin area: one page of agreements, drafts included, the last changed first.
	 * @param publication only drafts or only published ones; {@code null} for both
	 * @param archived archived agreements instead of current ones
	 * @param page zero-based page number
	 */
	public Page<Agreement> listForEditors(@Nullable Publication publication, boolean archived, int page, int size) {
		Page<Agreement> result = this.agreements.findForEditors(publication, archived, PageRequest.of(page, size));
		this.agreements.withParties(result.getContent());
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
	 * Admin area: an agreement, draft or archived included, with parties, signatories,
	 * areas, sources and relations loaded.
	 * @throws AgreementNotFoundException when there is none with the id
	 */
	public Agreement edit(long id) {
		Agreement agreement = this.agreements.findForEditing(id)
			.orElseThrow(() -> new AgreementNotFoundException("#" + id));
		List<Agreement> one = List.of(agreement);
		this.agreements.fetchParties(Records.ids(one));
		this.agreements.fetchAreas(Records.ids(one));
		this.agreements.fetchRelations(Records.ids(one));
		Hibernate.initialize(agreement.getSources());
		return agreement;
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
		this.lookAlikes.rememberConfirmation(agreement, form, null);
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
		this.lookAlikes.rememberConfirmation(agreement, form, id);
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

}
