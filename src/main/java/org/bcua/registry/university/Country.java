package org.bcua.registry.university;

import org.bcua.registry.shared.Keyed;

/**
 * Countries of the registry's universities: Belarus and China, and Russia for partners of
 * agreements outside the association.
 */
public enum Country implements Keyed {

	BY, CN, RU;

	/**
	 * The language a university of this country names itself in.
	 */
	public String officialLanguage() {
		return switch (this) {
			case BY, RU -> "ru";
			case CN -> "zh";
		};
	}

	@Override
	public String messageKey() {
		return "country." + name();
	}

}
