package org.bcua.registry.meeting;

import org.springframework.ui.Model;

/**
 * A part of a meeting's page that another feature fills in (the agreements signed at it):
 * the agreement feature depends on meetings, so the meeting's page asks it through this
 * interface.
 */
public interface MeetingPageSection {

	/**
	 * Adds this section's values for the meeting's page to the model.
	 */
	void addTo(Meeting meeting, Model model);

}
