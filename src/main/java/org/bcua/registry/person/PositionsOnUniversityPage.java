package org.bcua.registry.person;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityPageSection;

/**
 * The people holding positions at a university, on its page.
 */
@Component
class PositionsOnUniversityPage implements UniversityPageSection {

	private final PersonService people;

	PositionsOnUniversityPage(PersonService people) {
		this.people = people;
	}

	@Override
	public void addTo(University university, Model model) {
		model.addAttribute("positions", this.people.positionsAt(university.getId()));
	}

}
