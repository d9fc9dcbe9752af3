package org.bcua.registry.person;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.bcua.registry.api.RecordLink;
import org.bcua.registry.api.Referrers;
import org.bcua.registry.shared.RecordKind;

/**
 * What people add to a university of the API: the people who held positions there, the
 * latest first (as {@link PositionsOnUniversityPage} adds them to its page).
 */
@Component
class PersonReferrers implements Referrers {

	private final PersonService people;

	PersonReferrers(PersonService people) {
		this.people = people;
	}

	@Override
	public List<RecordLink> referringTo(RecordKind kind, long id, HttpServletRequest request) {
		if (kind != RecordKind.UNIVERSITY) {
			return List.of();
		}
		return this.people.positionsAt(id)
			.stream()
			.map((position) -> PersonJson.link(position.getPerson(), request))
			.distinct()
			.toList();
	}

}
