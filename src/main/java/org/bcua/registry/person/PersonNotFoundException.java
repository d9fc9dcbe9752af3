package org.bcua.registry.person;

import org.bcua.registry.shared.NotFoundException;

/**
 * No person with the slug asked for.
 */
public class PersonNotFoundException extends NotFoundException {

	public PersonNotFoundException(String slug) {
		super("person", slug);
	}

}
