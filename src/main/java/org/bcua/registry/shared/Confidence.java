package org.bcua.registry.shared;

/**
 * How sure the registry is of a fact: {@code HIGH} when an official or primary source
 * states it (or several agree), {@code MEDIUM} when one secondary source states it or it
 * is partly inferred.
 */
public enum Confidence implements Keyed {

	HIGH, MEDIUM;

	@Override
	public String messageKey() {
		return "confidence." + name();
	}

}
