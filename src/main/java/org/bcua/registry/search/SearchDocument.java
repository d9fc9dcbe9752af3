package org.bcua.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The text the index holds for one record: its names (every language, aliases and
 * abbreviations) normalized, their transliterations, the parts of Chinese names, longer
 * text for full-text search, and how prominent the record is.
 *
 * @param names the names in their own scripts, normalized, separated by {@code " | "}
 * @param latin the transliterations of the names, the syllables of each Han word joined,
 * separated by {@code " | "}
 * @param terms every suffix of each Han word, in Han and in pinyin, separated by spaces
 * @param body longer text, normalized
 * @param rank how prominent the record is among those of its kind
 * @param words the words of the names, for correcting typos in queries
 */
public record SearchDocument(String names, String latin, String terms, String body, double rank, Set<String> words) {

	static final String SEPARATOR = " | ";

	/** Words shorter than this are not worth correcting. */
	static final int MIN_WORD = 4;

	/**
	 * Collects the names and text of one record.
	 */
	public static final class Builder {

		private final Set<String> names = new LinkedHashSet<>();

		private final Set<String> latin = new LinkedHashSet<>();

		private final Set<String> terms = new LinkedHashSet<>();

		private final Set<String> words = new LinkedHashSet<>();

		private final List<String> body = new ArrayList<>();

		private double rank;

		/**
		 * Adds names; blank and {@code null} ones are skipped.
		 */
		public Builder names(@Nullable String... names) {
			for (String name : names) {
				if (name != null && !name.isBlank()) {
					String normalized = SearchText.normalize(name);
					String latin = SearchText.latin(normalized).joined();
					this.names.add(normalized);
					this.latin.add(latin);
					this.terms.addAll(SearchText.hanSuffixes(normalized));
					words(normalized);
					words(latin);
				}
			}
			return this;
		}

		/**
		 * Adds names and, for those of at least three significant words, their initials
		 * as another name ("Dalian University of Technology" is also "dut").
		 */
		public Builder namesWithInitials(@Nullable String... names) {
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
		public Builder body(@Nullable String... parts) {
			for (String part : parts) {
				if (part != null && !part.isBlank()) {
					this.body.add(SearchText.normalize(part));
				}
			}
			return this;
		}

		public Builder rank(double rank) {
			this.rank = rank;
			return this;
		}

		public SearchDocument build() {
			this.latin.remove("");
			return new SearchDocument(String.join(SEPARATOR, this.names), String.join(SEPARATOR, this.latin),
					String.join(" ", this.terms), String.join(" ", this.body), this.rank, Set.copyOf(this.words));
		}

		private void words(String text) {
			for (String word : SearchText.tokens(text)) {
				if (word.length() >= MIN_WORD && word.codePoints().allMatch(Character::isLetter)
						&& word.codePoints().noneMatch(SearchText::isHan)) {
					this.words.add(word);
				}
			}
		}

	}

}
