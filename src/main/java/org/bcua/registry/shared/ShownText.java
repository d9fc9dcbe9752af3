package org.bcua.registry.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A text as a page shows it, with its language when that is not the page's: a name,
 * title, place or note for which no form in the reader's language is known. Templates
 * give such a text a {@code lang} attribute and a visible language tag from the one
 * fragment {@code fragments/common :: shown} (WCAG 3.1.2).
 *
 * @param text the text shown
 * @param language the text's language when it differs from the page's, else {@code null}
 */
public record ShownText(String text, @Nullable String language) {

	/**
	 * A text the registry stores in English only (notes, venues, organisations, places
	 * the vocabulary does not know), as a page in the given language shows it.
	 * @param text the English text; {@code null} gives {@code null}
	 */
	public static @Nullable ShownText english(@Nullable String text, Locale page) {
		if (text == null) {
			return null;
		}
		return new ShownText(text, "en".equals(page.getLanguage()) ? null : "en");
	}

}
