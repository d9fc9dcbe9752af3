package org.bcua.registry.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A name (or title) in the registry's four languages. Only the English form is required;
 * the others are blank when no source gives them.
 *
 * @param en English
 * @param ru Russian
 * @param be Belarusian
 * @param zh Chinese
 */
public record LocalizedName(String en, @Nullable String ru, @Nullable String be, @Nullable String zh) {

	/**
	 * The form in the given language, falling back to Russian for Belarusian and to
	 * English otherwise.
	 */
	public String in(Locale locale) {
		String exact = exactly(locale.getLanguage());
		if (exact != null) {
			return exact;
		}
		if ("be".equals(locale.getLanguage()) && hasText(this.ru)) {
			return this.ru;
		}
		return this.en;
	}

	/**
	 * The language of the form {@link #in(Locale)} shows when it is not the given
	 * language's own but a fallback (Russian for Belarusian, else English): what a
	 * {@code lang} attribute of the element showing it must say (WCAG 3.1.2).
	 * @return the fallback's language tag, or {@code null} when the form is in the given
	 * language
	 */
	public @Nullable String fallbackLanguage(Locale locale) {
		String language = locale.getLanguage();
		if (exactly(language) != null) {
			return null;
		}
		if ("be".equals(language) && hasText(this.ru)) {
			return "ru";
		}
		return "en".equals(language) ? null : "en";
	}

	/**
	 * The form {@link #in(Locale)} shows, with its language when that is a fallback's:
	 * what a template renders with a {@code lang} attribute and a language tag.
	 */
	public ShownText shown(Locale locale) {
		return new ShownText(in(locale), fallbackLanguage(locale));
	}

	/**
	 * The form in exactly this language.
	 * @return the form, or {@code null} when it is not known
	 */
	public @Nullable String exactly(String language) {
		String value = switch (language) {
			case "ru" -> this.ru;
			case "be" -> this.be;
			case "zh" -> this.zh;
			case "en" -> this.en;
			default -> null;
		};
		return hasText(value) ? value : null;
	}

	/**
	 * The form in an original script worth showing beside {@link #in(Locale)}: the given
	 * language's form when it differs from what is shown.
	 * @return the original form, or {@code null} when it is unknown or already shown
	 */
	public @Nullable String alongside(String originalLanguage, Locale shownIn) {
		String original = exactly(originalLanguage);
		if (original == null || original.equals(in(shownIn))) {
			return null;
		}
		return original;
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
