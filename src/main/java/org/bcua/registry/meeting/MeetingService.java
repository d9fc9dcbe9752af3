package org.bcua.registry.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.bcua.registry.shared.LastChange;
import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.Records;
import org.bcua.registry.shared.Slugs;
import org.bcua.registry.shared.StaleRecordException;
import org.bcua.registry.source.SourceService;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityService;

/**
 * Meetings of the association. The public pages never get archived ones; the admin area
 * reads them all, records and changes them, each change in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	private final MeetingRepository meetings;

	private final UniversityService universities;

	private final SourceService sources;

	private final ApplicationEventPublisher events;

	MeetingService(MeetingRepository meetings, UniversityService universities, SourceService sources,
			ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.universities = universities;
		this.sources = sources;
		this.events = events;
	}

	/**
	 * Admin area: every meeting, current or archived ones, latest first, with hosts.
	 */
	public List<Meeting> listForEditors(boolean archived) {
		return this.meetings.findForEditors(archived);
	}

	/**
	 * Admin area: a meeting, archived included, with hosts and sources loaded.
	 * @throws MeetingNotFoundException when there is none with the id
	 */
	public Meeting edit(long id) {
		Meeting meeting = this.meetings.findForEditing(id).orElseThrow(() -> new MeetingNotFoundException("#" + id));
		Hibernate.initialize(meeting.getSources());
		return meeting;
	}

	/**
	 * Admin area: records a new meeting from a checked form.
	 */
	@Transactional
	public Meeting create(MeetingForm form) {
		LocalDate starts = Objects.requireNonNull(form.getStartsOn());
		String slug = Slugs.unique(
				Slugs.of(starts + "-" + Objects.requireNonNullElse(form.getCity(), "meeting"), 100, "meeting"),
				this.meetings::existsBySlug);
		Meeting meeting = new Meeting(slug);
		apply(meeting, form);
		meeting = this.meetings.saveAndFlush(meeting);
		changed(meeting, RecordChanged.Change.CREATED);
		return meeting;
	}

	/**
	 * Admin area: saves a checked form over a meeting.
	 * @throws StaleRecordException when the meeting changed since the form was made
	 * @throws MeetingNotFoundException when there is none with the id
	 */
	@Transactional
	public Meeting update(long id, MeetingForm form) {
		Meeting meeting = edit(id);
		if (meeting.getVersion() != form.getVersion()) {
			throw new StaleRecordException(RecordKind.MEETING, id, form.getVersion());
		}
		apply(meeting, form);
		this.meetings.flush();
		changed(meeting, RecordChanged.Change.UPDATED);
		return meeting;
	}

	/**
	 * Admin area: archives a meeting (what deleting is), kept with its history.
	 * @throws StaleRecordException when the meeting changed since the version given
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Meeting archive(long id, long version) {
		Meeting meeting = edit(id);
		if (meeting.getVersion() != version) {
			throw new StaleRecordException(RecordKind.MEETING, id, version);
		}
		meeting.archive(Instant.now());
		this.meetings.flush();
		changed(meeting, RecordChanged.Change.ARCHIVED);
		return meeting;
	}

	private void apply(Meeting meeting, MeetingForm form) {
		meeting.describe(form.getNumber(), form.isNumberInferred(), form.titles(),
				Objects.requireNonNull(form.getStartsOn()), form.getEndsOn(), form.getCity(), form.getVenue(),
				form.getCountry(), form.getSummary(), form.getUniversitiesAttending(), form.getParticipants(),
				form.getAttendanceNote());
		Set<University> hosts = new LinkedHashSet<>();
		form.getHostIds().forEach((id) -> this.universities.find(id).ifPresent(hosts::add));
		meeting.replaceHosts(hosts);
		meeting.replaceSources(this.sources.cite(form.getSources()));
	}

	private void changed(Meeting meeting, RecordChanged.Change change) {
		this.events
			.publishEvent(new RecordChanged(RecordKind.MEETING, Objects.requireNonNull(meeting.getId()), change));
	}

	/**
	 * Every meeting, latest first, with hosts loaded.
	 */
	public List<Meeting> list() {
		return this.meetings.findListed();
	}

	/**
	 * Every listed meeting's slug and last change (the sitemap).
	 */
	public List<LastChange> lastChanges() {
		return this.meetings.findListedLastChanges();
	}

	/**
	 * The listed meetings that changed at or after the given moment, in the order of
	 * change, with hosts loaded (the association meets a few times a year: all of them
	 * are read).
	 */
	public List<Meeting> listedChangedSince(java.time.Instant since) {
		return this.meetings.findListed()
			.stream()
			.filter((meeting) -> meeting.getUpdatedAt() != null && !meeting.getUpdatedAt().isBefore(since))
			.sorted(java.util.Comparator.comparing(Meeting::getUpdatedAt).thenComparing(Meeting::getId))
			.toList();
	}

	/**
	 * A meeting with hosts and sources loaded.
	 * @throws MeetingNotFoundException when no listed meeting has the slug
	 */
	public Meeting show(String slug) {
		Meeting meeting = this.meetings.findListedBySlug(slug).orElseThrow(() -> new MeetingNotFoundException(slug));
		Hibernate.initialize(meeting.getSources());
		return meeting;
	}

	/**
	 * The listed meetings a university hosted or that its membership evidence names
	 * (attended, signed there), latest first.
	 */
	public List<Meeting> withUniversity(Long universityId) {
		return this.meetings.findListedWithUniversity(universityId);
	}

	/**
	 * The listed meetings with the given ids, in the order of the ids. Ids of archived or
	 * unknown meetings are left out.
	 */
	public List<Meeting> listedByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : Records.inOrderOf(ids, this.meetings.findListedByIds(Records.array(ids)));
	}

	/**
	 * A meeting that is not archived.
	 * @return the meeting, or empty when there is none with the id or it is archived
	 */
	public Optional<Meeting> find(long id) {
		return this.meetings.findById(id).filter((meeting) -> !meeting.isArchived());
	}

	/**
	 * The meetings with the given ids, by id (archived ones included: evidence may point
	 * to them).
	 */
	public Map<Long, Meeting> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.meetings.findByIds(Records.array(ids))
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
	}

}
