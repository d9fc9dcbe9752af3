package org.bcua.registry.source;

import org.bcua.registry.shared.NotFoundException;

/**
 * No source with the id asked for.
 */
public class SourceNotFoundException extends NotFoundException {

	public SourceNotFoundException(long id) {
		super("source", Long.toString(id));
	}

}
