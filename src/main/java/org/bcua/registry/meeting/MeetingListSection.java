package org.bcua.registry.meeting;

import java.util.List;

import org.springframework.ui.Model;

/**
 * Values that another feature adds to the rows of the meetings list (the number of
 * agreements signed at each), for the same reason as {@link MeetingPageSection}.
 */
public interface MeetingListSection {

	/**
	 * Adds this section's values for the listed meetings to the model.
	 */
	void addTo(List<Meeting> meetings, Model model);

}
