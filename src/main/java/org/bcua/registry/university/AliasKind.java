package org.bcua.registry.university;

import org.bcua.registry.shared.Keyed;

/**
 * Kinds of other names of a university.
 */
public enum AliasKind implements Keyed {

	ABBREVIATION, FORMER_NAME, VARIANT,
	/** A rendering the press uses that could be mistaken for another university. */
	PRESS_RENDERING;

	@Override
	public String messageKey() {
		return "name.kind." + name();
	}

}
