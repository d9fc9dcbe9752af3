package org.bcua.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The text the index holds for one record: its names (every language, aliases and
 * abbreviations) normalized, their transliterations, and longer text for full-text
 * search.
 *
 * @param names the names in their own scripts, normalized, separated by {@code " | "}
 * @param latin the transliterations of the names, the syllables of each Han word joined
 * ("dalianligongdaxue": short syllables apart would each look like a match), separated by
 * {@code " | "}
 * @param body longer text, normalized
 */
record SearchDocument(String names, String latin, String body) {

	static final String SEPARATOR = " | ";

	/**
	 * Collects the names and text of one record.
	 */
	static final class Builder {

		private final Set<String> names = new LinkedHashSet<>();

		private final Set<String> latin = new LinkedHashSet<>();

		private final List<String> body = new ArrayList<>();

		/**
		 * Adds names; blank and {@code null} ones are skipped.
		 */
		Builder names(@Nullable String... names) {
			for (String name : names) {
				if (name != null && !name.isBlank()) {
					String normalized = SearchText.normalize(name);
					this.names.add(normalized);
					this.latin.add(SearchText.latin(normalized).joined());
				}
			}
			return this;
		}

		/**
		 * Adds names and, for those of at least two significant words, their initials as
		 * another name ("Dalian University of Technology" is also "dut").
		 */
		Builder namesWithInitials(@Nullable String... names) {
			names(names);
			for (String name : names) {
				if (name != null && !name.isBlank()) {
					names(SearchText.initials(name));
				}
			}
			return this;
		}

		/**
		 * Adds longer text; blank and {@code null} parts are skipped.
		 */
		Builder body(@Nullable String... parts) {
			for (String part : parts) {
				if (part != null && !part.isBlank()) {
					this.body.add(SearchText.normalize(part));
				}
			}
			return this;
		}

		SearchDocument build() {
			this.latin.remove("");
			return new SearchDocument(String.join(SEPARATOR, this.names), String.join(SEPARATOR, this.latin),
					String.join(" ", this.body));
		}

	}

}
