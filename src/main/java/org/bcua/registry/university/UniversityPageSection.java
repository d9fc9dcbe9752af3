package org.bcua.registry.university;

import org.springframework.ui.Model;

/**
 * A part of a university's page that another feature fills in: the agreements it is a
 * party to, the people holding positions at it, the meetings that are evidence of its
 * membership. Those features depend on universities, so the university's page asks them
 * through this interface instead of depending on them; each adds its model attributes.
 */
public interface UniversityPageSection {

	/**
	 * Adds this section's values for the university's page to the model.
	 */
	void addTo(University university, Model model);

}
