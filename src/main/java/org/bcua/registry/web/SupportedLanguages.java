package org.bcua.registry.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages of the interface: English, Russian, Belarusian and Chinese.
 */
final class SupportedLanguages {

	static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
			Locale.forLanguageTag("be"), Locale.CHINESE);

	static final Locale DEFAULT = Locale.ENGLISH;

	private SupportedLanguages() {
	}

	/**
	 * The supported locale for a language, or {@code null} when it is not supported.
	 */
	static Locale find(String language) {
		for (Locale locale : LOCALES) {
			if (locale.getLanguage().equals(language)) {
				return locale;
			}
		}
		return null;
	}

	/**
	 * The first of the browser's preferred languages the interface speaks, else English.
	 */
	static Locale fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return DEFAULT;
		}
		Enumeration<Locale> preferred = request.getLocales();
		while (preferred.hasMoreElements()) {
			Locale supported = find(preferred.nextElement().getLanguage());
			if (supported != null) {
				return supported;
			}
		}
		return DEFAULT;
	}

}
