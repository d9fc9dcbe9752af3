package org.bcua.registry.site;

import org.jspecify.annotations.Nullable;

import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchText;

/**
 * A record offered while the visitor types in the search box.
 *
 * @param kind the kind of record
 * @param label its name or title in the interface language
 * @param original its name in the original script when that differs from the label
 * @param path the address of its page
 */
public record Suggestion(SearchKind kind, String label, @Nullable String original, String path) {

	/**
	 * The language of the original name, from its script.
	 */
	public String originalLanguage() {
		return (this.original != null) ? SearchText.languageOf(this.original) : "en";
	}

}
