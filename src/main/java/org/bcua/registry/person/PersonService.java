package org.bcua.registry.person;

import java.util.Collection;
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
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.NameOrder;
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
 * People and their positions. The public pages never get archived people, nor people
 * recorded with an agreement that is still a draft; the admin area reads and writes them
 * all.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	private final UniversityService universities;

	private final SourceService sources;

	private final ApplicationEventPublisher events;

	PersonService(PersonRepository people, UniversityService universities, SourceService sources,
			ApplicationEventPublisher events) {
		this.people = people;
		this.universities = universities;
		this.sources = sources;
		this.events = events;
	}

	/**
	 * One page of people, by name in the given language, with their positions loaded.
	 * @param page zero-based page number
	 */
	public Page<Person> list(Locale locale, int page, int size) {
		Page<Person> result = this.people.findListed(PageRequest.of(page, size, NameOrder.in(locale, "p")));
		if (result.hasContent()) {
			this.people.fetchPositions(Records.ids(result.getContent()));
		}
		return result;
	}

	/**
	 * One page of the listed people that changed at or after the given moment, in the
	 * order of change, with their positions loaded.
	 * @param page zero-based page number
	 */
	public Page<Person> listedChangedSince(java.time.Instant since, int page, int size) {
		Page<Person> result = this.people.findListedChangedSince(since, PageRequest.of(page, size));
		if (result.hasContent()) {
			this.people.fetchPositions(Records.ids(result.getContent()));
		}
		return result;
	}

	/**
	 * A person with positions (and their universities) and sources loaded.
	 * @throws PersonNotFoundException when no listed person has the slug
	 */
	public Person profile(String slug) {
		Person person = this.people.findBySlugAndArchivedAtIsNullAndPublishedTrue(slug)
			.orElseThrow(() -> new PersonNotFoundException(slug));
		this.people.fetchPositions(Records.ids(List.of(person)));
		Hibernate.initialize(person.getSources());
		return person;
	}

	/**
	 * Positions held at a university, with their people loaded, most recent first.
	 */
	public List<Position> positionsAt(Long universityId) {
		return this.people.findPositionsAt(universityId);
	}

	/**
	 * The listed people with the given ids, in the order of the ids. Ids of archived or
	 * unknown people are left out.
	 */
	public List<Person> listedByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : Records.inOrderOf(ids, this.people.findListedByIds(Records.array(ids)));
	}

	/**
	 * Every listed person's slug and last change (the sitemap).
	 */
	public List<LastChange> lastChanges() {
		return this.people.findListedLastChanges();
	}

	public long count() {
		return this.people.countListed();
	}

	/**
	 * Every person not archived, published or not, by English name (for the pickers of
	 * the admin forms).
	 */
	public List<Person> all() {
		return this.people.findAllForEditors();
	}

	/**
	 * One person, published or not, archived included (for the admin area).
	 * @throws PersonNotFoundException when there is none with the id
	 */
	public Person get(long id) {
		return this.people.findById(id).orElseThrow(() -> new PersonNotFoundException("#" + id));
	}

	/**
	 * Whether a person with the id exists and is not archived.
	 */
	public boolean isListed(long id) {
		return this.people.findById(id).filter((person) -> !person.isArchived()).isPresent();
	}

	/**
	 * The person's recorded position at a university with the given English title
	 * (ignoring case), if any.
	 */
	public Optional<Position> positionAt(Person person, University university, String titleEn) {
		return person.getPositions()
			.stream()
			.filter((position) -> university.equals(position.getUniversity())
					&& position.getTitles().en().equalsIgnoreCase(titleEn))
			.findFirst();
	}

	/**
	 * Records someone who signed an agreement, with the position held at signing when
	 * given, and the agreement's sources as sources.
	 * @param published whether the public sees the person (false while the agreement is a
	 * draft)
	 */
	@Transactional
	public Person addSignatory(LocalizedName names, University university, @Nullable LocalizedName position,
			Set<Citation> sources, boolean published) {
		String slug = Slugs.unique(Slugs.of(names.en(), 80, "person"), this.people::existsBySlug);
		Person person = new Person(slug, names, published);
		Set<Citation> copies = new java.util.LinkedHashSet<>();
		sources.forEach((c) -> copies.add(new Citation(c.getSource(), c.getConfidence(), c.getNote())));
		person.replaceSources(copies);
		if (position != null) {
			person.addPosition(university, null, position, null, null, null);
		}
		person = this.people.save(person);
		changed(person, RecordChanged.Change.CREATED);
		return person;
	}

	/**
	 * Makes people recorded with a draft agreement public, when it is published.
	 */
	@Transactional
	public void publish(Collection<Person> signatories) {
		for (Person person : signatories) {
			if (!person.isPublished()) {
				person.publish();
				changed(person, RecordChanged.Change.PUBLISHED);
			}
		}
	}

	/**
	 * Admin area: one page of people by English name, current or archived ones.
	 * @param page zero-based page number
	 */
	public Page<Person> listForEditors(boolean archived, int page, int size) {
		return this.people.findForEditors(archived, PageRequest.of(page, size));
	}

	/**
	 * Admin area: a person, archived or unpublished included, with positions (and their
	 * universities) and sources loaded.
	 * @throws PersonNotFoundException when there is none with the id
	 */
	public Person edit(long id) {
		Person person = get(id);
		this.people.fetchPositions(Records.ids(List.of(person)));
		Hibernate.initialize(person.getSources());
		return person;
	}

	/**
	 * Admin area: the recorded positions of a person that a checked form removes.
	 */
	public Set<Long> positionsRemovedBy(long id, PersonForm form) {
		Set<Long> kept = new java.util.HashSet<>();
		form.getPositions().forEach((position) -> {
			if (!position.isBlank() && position.getId() != null) {
				kept.add(position.getId());
			}
		});
		Set<Long> removed = new java.util.HashSet<>();
		get(id).getPositions().forEach((position) -> {
			if (!kept.contains(position.getId())) {
				removed.add(position.getId());
			}
		});
		return removed;
	}

	/**
	 * Admin area: records a new person from a checked form.
	 */
	@Transactional
	public Person create(PersonForm form) {
		String slug = Slugs.unique(Slugs.of(form.getNameEn(), 80, "person"), this.people::existsBySlug);
		Person person = new Person(slug, form.names(), true);
		apply(person, form);
		person = this.people.saveAndFlush(person);
		changed(person, RecordChanged.Change.CREATED);
		return person;
	}

	/**
	 * Admin area: saves a checked form over a person.
	 * @throws StaleRecordException when the person changed since the form was made
	 * @throws PersonNotFoundException when there is none with the id
	 */
	@Transactional
	public Person update(long id, PersonForm form) {
		Person person = edit(id);
		if (person.getVersion() != form.getVersion()) {
			throw new StaleRecordException(RecordKind.PERSON, id, form.getVersion());
		}
		person.rename(form.names());
		apply(person, form);
		this.people.flush();
		changed(person, RecordChanged.Change.UPDATED);
		return person;
	}

	/**
	 * Admin area: archives a person (what deleting is): gone from the public pages, kept
	 * with the history.
	 * @throws StaleRecordException when the person changed since the version given
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Person archive(long id, long version) {
		Person person = get(id);
		if (person.getVersion() != version) {
			throw new StaleRecordException(RecordKind.PERSON, id, version);
		}
		person.archive(java.time.Instant.now());
		this.people.flush();
		changed(person, RecordChanged.Change.ARCHIVED);
		return person;
	}

	private void apply(Person person, PersonForm form) {
		List<Position> kept = new java.util.ArrayList<>();
		for (PositionForm row : form.getPositions()) {
			if (row.isBlank()) {
				continue;
			}
			org.bcua.registry.university.University university = (row.getUniversityId() != null)
					? this.universities.find(row.getUniversityId()).orElseThrow() : null;
			PositionTitle kind = row.getTitleKind();
			String english = (row.getTitleEn() != null || kind == null) ? Objects.requireNonNull(row.getTitleEn())
					: kind.in("en");
			LocalizedName titles = new LocalizedName(english, row.getTitleRu(), row.getTitleBe(), row.getTitleZh());
			PartialDate from = PartialDate.parse(row.getHeldFrom());
			PartialDate to = PartialDate.parse(row.getHeldTo());
			Position position = person.getPositions()
				.stream()
				.filter((existing) -> row.getId() != null && row.getId().equals(existing.getId()))
				.findFirst()
				.orElse(null);
			if (position == null) {
				position = person.addPosition(university, row.getOrganization(), titles, from, to, row.getNote());
			}
			else {
				position.describe(university, row.getOrganization(), titles, from, to, row.getNote());
			}
			position.classify(kind);
			kept.add(position);
		}
		person.keepPositions(kept);
		person.replaceSources(this.sources.cite(form.getSources()));
	}

	private void changed(Person person, RecordChanged.Change change) {
		this.events.publishEvent(new RecordChanged(RecordKind.PERSON, Objects.requireNonNull(person.getId()), change));
	}

}
