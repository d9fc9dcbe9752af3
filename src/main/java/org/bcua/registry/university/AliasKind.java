package org.bcua.registry.university;

/**
 * Kinds of other names of a university.
 */
public enum AliasKind {

	ABBREVIATION, FORMER_NAME, VARIANT,
	/** A rendering the press uses that could be mistaken for another university. */
	PRESS_RENDERING

}
