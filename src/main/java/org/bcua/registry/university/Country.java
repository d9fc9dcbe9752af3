package org.bcua.registry.university;

/**
 * Countries of the registry's universities: Belarus and China, and Russia for partners of
 * agreements outside the association.
 */
public enum Country {

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

}
