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
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.shared.Citation;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.Slugs;
import org.bcua.registry.university.University;

/**
 * People and their positions. The public pages never get archived people, nor people
 * recorded with an agreement that is still a draft; the admin area reads and writes them
 * all.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	private final ApplicationEventPublisher events;

	PersonService(PersonRepository people, ApplicationEventPublisher events) {
		this.people = people;
		this.events = events;
	}

	/**
	 * One page of people, by name in the given language, with their positions loaded.
	 * @param page zero-based page number
	 */
	public Page<Person> list(Locale locale, int page, int size) {
		Page<Person> result = this.people.findListed(PageRequest.of(page, size, byName(locale)));
		if (result.hasContent()) {
			this.people.fetchPositions(result.getContent());
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
		this.people.fetchPositions(List.of(person));
		Hibernate.initialize(person.getSources());
		return person;
	}

	/**
	 * Positions held at a university, with their people loaded, most recent first.
	 */
	public List<Position> positionsAt(Long universityId) {
		return this.people.findPositionsAt(universityId);
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

	private void changed(Person person, RecordChanged.Change change) {
		this.events.publishEvent(new RecordChanged(RecordKind.PERSON, Objects.requireNonNull(person.getId()), change));
	}

	private static Sort byName(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ru" -> JpaSort.unsafe("coalesce(p.nameRu, p.nameEn)").and(Sort.by("id"));
			case "be" -> JpaSort.unsafe("coalesce(p.nameBe, p.nameRu, p.nameEn)").and(Sort.by("id"));
			case "zh" -> JpaSort.unsafe("coalesce(p.nameZh, p.nameEn)").and(Sort.by("id"));
			default -> Sort.by("nameEn", "id");
		};
	}

}
