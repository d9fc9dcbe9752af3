package org.bcua.registry.person;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.shared.NameOrder;
import org.bcua.registry.shared.Records;

/**
 * Reads people and their positions for the public pages. Archived people are never
 * returned.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	PersonService(PersonRepository people) {
		this.people = people;
	}

	/**
	 * One page of people, by name in the given language, with their positions loaded.
	 * @param page zero-based page number
	 */
	public Page<Person> list(Locale locale, int page, int size) {
		Page<Person> result = this.people.findListed(PageRequest.of(page, size, NameOrder.in(locale, "p")));
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
		Person person = this.people.findBySlugAndArchivedAtIsNull(slug)
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

	/**
	 * The listed people with the given ids, in the order of the ids. Ids of archived or
	 * unknown people are left out.
	 */
	public List<Person> listedByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : Records.inOrderOf(ids, this.people.findListedByIds(ids));
	}

	public long count() {
		return this.people.countListed();
	}

}
