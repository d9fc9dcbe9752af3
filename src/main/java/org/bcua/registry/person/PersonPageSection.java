package org.bcua.registry.person;

import org.springframework.ui.Model;

/**
 * A part of a person's page that another feature fills in (the agreements the person
 * signed): the agreement feature depends on people, so the person's page asks it through
 * this interface.
 */
public interface PersonPageSection {

	/**
	 * Adds this section's values for the person's page to the model.
	 */
	void addTo(Person person, Model model);

}
