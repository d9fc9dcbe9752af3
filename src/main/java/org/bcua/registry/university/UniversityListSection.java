package org.bcua.registry.university;

import java.util.List;

import org.springframework.ui.Model;

/**
 * Values that another feature adds to the rows of the universities list (the number of
 * agreements of each university), for the same reason as {@link UniversityPageSection}.
 */
public interface UniversityListSection {

	/**
	 * Adds this section's values for the listed universities to the model.
	 */
	void addTo(List<University> universities, Model model);

}
