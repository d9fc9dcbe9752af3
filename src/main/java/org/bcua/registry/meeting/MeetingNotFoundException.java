package org.bcua.registry.meeting;

import org.bcua.registry.shared.NotFoundException;

/**
 * No meeting with the slug asked for.
 */
public class MeetingNotFoundException extends NotFoundException {

	public MeetingNotFoundException(String slug) {
		super("meeting", slug);
	}

}
