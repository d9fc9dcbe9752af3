package org.bcua.registry.university;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/**
 * Universities. The public pages never get archived ones; the admin area reads them all,
 * records and changes them, each change in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class UniversityService {

	private final UniversityRepository universities;

	private final SourceService sources;

	private final ApplicationEventPublisher events;

	UniversityService(UniversityRepository universities, SourceService sources, ApplicationEventPublisher events) {
		this.universities = universities;
		this.sources = sources;
		this.events = events;
	}

	/**
	 * A university with its aliases, sources and membership evidence loaded.
	 * @throws UniversityNotFoundException when no listed university has the slug
	 */
	public University profile(String slug) {
		University university = this.universities.findBySlugAndArchivedAtIsNull(slug)
			.orElseThrow(() -> new UniversityNotFoundException(slug));
		Hibernate.initialize(university.getSources());
		this.universities.fetchEvidence(Records.ids(List.of(university)));
		return university;
	}

	/**
	 * The listed universities with the given ids, in the order of the ids. Ids of
	 * archived or unknown universities are left out.
	 */
	public List<University> listedByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: Records.inOrderOf(ids, this.universities.findListedByIds(Records.array(ids)));
	}

	/**
	 * One page of the listed universities that changed at or after the given moment, in
	 * the order of change (what a harvester asks for).
	 * @param page zero-based page number
	 */
	public Page<University> listedChangedSince(java.time.Instant since, int page, int size) {
		return this.universities.findListedChangedSince(since, PageRequest.of(page, size));
	}

	/**
	 * The listed university with the given slug, without its related records.
	 */
	public Optional<University> listed(String slug) {
		return this.universities.findBySlugAndArchivedAtIsNull(slug);
	}

	/**
	 * Every listed university, ordered by English name (for filters and pickers).
	 */
	public List<University> all() {
		return this.universities.findAllListed();
	}

	/**
	 * Every listed university with its aliases, ordered by English name (for the pickers
	 * of the admin forms, which find a university by its aliases too).
	 */
	public List<University> allWithAliases() {
		return this.universities.findAllListedWithAliases();
	}

	/**
	 * Every listed university's slug and last change (the sitemap).
	 */
	public List<LastChange> lastChanges() {
		return this.universities.findListedLastChanges();
	}

	/**
	 * A university that is not archived.
	 * @return the university, or empty when there is none with the id or it is archived
	 */
	public Optional<University> find(long id) {
		return this.universities.findById(id).filter((university) -> !university.isArchived());
	}

	// Admin area
	// ---------------------------------------------------------------------------

	/**
	 * Admin area: one page of universities by English name, current or archived ones.
	 * @param page zero-based page number
	 */
	public Page<University> listForEditors(boolean archived, int page, int size) {
		return this.universities.findForEditors(archived, PageRequest.of(page, size));
	}

	/**
	 * Admin area: a university, archived included, with aliases and sources loaded.
	 * @throws UniversityNotFoundException when there is none with the id
	 */
	public University edit(long id) {
		University university = this.universities.findForEditing(id)
			.orElseThrow(() -> new UniversityNotFoundException("#" + id));
		Hibernate.initialize(university.getSources());
		return university;
	}

	/**
	 * Admin area: records a new university from a checked form.
	 */
	@Transactional
	public University create(UniversityForm form) {
		String slug = Slugs.unique(Slugs.of(form.getNameEn(), 80, "university"), this.universities::existsBySlug);
		University university = new University(slug);
		apply(university, form);
		university = this.universities.saveAndFlush(university);
		changed(university, RecordChanged.Change.CREATED);
		return university;
	}

	/**
	 * Admin area: saves a checked form over a university.
	 * @throws StaleRecordException when it changed since the form was made
	 * @throws UniversityNotFoundException when there is none with the id
	 */
	@Transactional
	public University update(long id, UniversityForm form) {
		University university = edit(id);
		if (university.getVersion() != form.getVersion()) {
			throw new StaleRecordException(RecordKind.UNIVERSITY, id, form.getVersion());
		}
		apply(university, form);
		this.universities.flush();
		changed(university, RecordChanged.Change.UPDATED);
		return university;
	}

	/**
	 * Admin area: archives a university (what deleting is): gone from the public pages,
	 * kept with its history.
	 * @throws StaleRecordException when it changed since the version given
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public University archive(long id, long version) {
		University university = edit(id);
		if (university.getVersion() != version) {
			throw new StaleRecordException(RecordKind.UNIVERSITY, id, version);
		}
		university.archive(Instant.now());
		this.universities.flush();
		changed(university, RecordChanged.Change.ARCHIVED);
		return university;
	}

	private void apply(University university, UniversityForm form) {
		university.describe(form.names(), form.getCountry(), form.getCity(), form.getRegion(),
				(form.getFoundedYear() != null) ? form.getFoundedYear().shortValue() : null, form.getWebsite(),
				form.getRorId(), form.getWikidataId(), form.getMembershipRole(), form.getMembershipSince(),
				form.getMembershipNote());
		List<UniversityAlias.Data> aliases = new ArrayList<>();
		for (AliasForm alias : form.getAliases()) {
			if (alias.getName() != null && alias.getLanguage() != null) {
				aliases.add(new UniversityAlias.Data(alias.getName(), alias.getLanguage(), alias.getKind(),
						alias.getNote()));
			}
		}
		university.replaceAliases(aliases);
		university.replaceSources(this.sources.cite(form.getSources()));
	}

	private void changed(University university, RecordChanged.Change change) {
		this.events
			.publishEvent(new RecordChanged(RecordKind.UNIVERSITY, Objects.requireNonNull(university.getId()), change));
	}

	/**
	 * Universities and members per country.
	 */
	public List<CountryFigures> figuresByCountry() {
		return this.universities.countByCountry();
	}

	/**
	 * Attendance of a meeting, from the universities' evidence, with the universities
	 * loaded.
	 */
	public List<MembershipEvidence> attendance(Long meetingId) {
		return this.universities.findAttendance(meetingId);
	}

}
