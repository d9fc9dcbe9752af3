package org.bcua.registry.person;

import java.util.Locale;
import java.util.ResourceBundle;

import org.bcua.registry.shared.Keyed;

/**
 * The vocabulary of position titles, from the titles the registry's data holds; its words
 * in the four languages are the message keys {@code position.title.<CODE>}. A position
 * whose title fits none keeps its free text only.
 */
public enum PositionTitle implements Keyed {

	RECTOR, PRESIDENT, VICE_RECTOR, PARTY_SECRETARY, DEPUTY_PARTY_SECRETARY, CHAIRMAN;

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public String messageKey() {
		return "position.title." + name();
	}

	/**
	 * The word in one of the registry's languages. Read from the interface's message
	 * bundles themselves (not through Spring's message source) so that a position,
	 * wherever it is shown or exported, names its title in every language; the bundles
	 * are fixed files of the application, and the lookup never falls back to the default
	 * locale's.
	 * @param language en, ru, be or zh
	 */
	public String in(String language) {
		Locale locale = "en".equals(language) ? Locale.ROOT : Locale.forLanguageTag(language);
		return ResourceBundle.getBundle("messages", locale, NO_FALLBACK).getString(messageKey());
	}

}
