package org.bcua.registry.university;

import org.bcua.registry.shared.NotFoundException;

/**
 * No university with the slug asked for.
 */
public class UniversityNotFoundException extends NotFoundException {

	public UniversityNotFoundException(String slug) {
		super("university", slug);
	}

}
