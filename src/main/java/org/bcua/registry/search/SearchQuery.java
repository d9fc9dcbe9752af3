package org.bcua.registry.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor typed, made safe and ready to match: control characters (a NUL byte
 * included) become spaces, the text is cut to {@value #MAX_LENGTH} characters, and it is
 * {@linkplain SearchText#normalize normalized} and {@linkplain SearchText#latin
 * transliterated}.
 *
 * @param typed the visitor's text, cleaned and cut, as it is shown back
 * @param text the text normalized, in its own script
 * @param latin the text transliterated to Latin, Han syllables apart
 * @param joined the text transliterated with the syllables of each Han word together, or
 * {@code null} when it has no Han characters
 * @param shortened whether the visitor's text was longer than {@value #MAX_LENGTH}
 * characters and was cut
 * @param spellings for words transliterated from another script, the spellings of the
 * registry's names they are close to ("dalyan", from "Далянь", is close to "dalian");
 * they are searched for as well
 */
public record SearchQuery(String typed, String text, String latin, @Nullable String joined, boolean shortened,
		Map<String, List<String>> spellings) {

	/** The longest query searched for, in characters; the rest is cut. */
	public static final int MAX_LENGTH = 100;

	private static final int MAX_TOKENS = 8;

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\s]+");

	/**
	 * Cleans and prepares a query.
	 * @param typed the query parameter; {@code null} counts as empty
	 */
	public static SearchQuery of(@Nullable String typed) {
		String cleaned = (typed != null) ? UNPRINTABLE.matcher(typed).replaceAll(" ").strip() : "";
		boolean shortened = cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH;
		if (shortened) {
			cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		String text = SearchText.normalize(cleaned);
		SearchText.Latin latin = SearchText.latin(text);
		return new SearchQuery(cleaned, text, latin.spaced(), latin.hasJoinedForm() ? latin.joined() : null, shortened,
				Map.of());
	}

	public SearchQuery {
		spellings = Map.copyOf(spellings);
	}

	/**
	 * Whether the query is a single letter or digit, other than a Han character: too
	 * little to suggest anything useful while typing.
	 */
	public boolean isTooShortToSuggest() {
		return this.text.codePoints().filter(Character::isLetterOrDigit).count() < 2
				&& this.text.codePoints().noneMatch(SearchText::isHan);
	}

	/**
	 * Whether there is nothing to search for: no letter or digit.
	 */
	public boolean isEmpty() {
		return !SearchText.hasWords(this.text);
	}

	/**
	 * The words of the query to correct when it matches nothing: in its own script, not
	 * Han, long enough for a typo to be told from another word.
	 */
	List<String> correctableWords() {
		return SearchText.tokens(this.text)
			.stream()
			.limit(MAX_TOKENS)
			.filter((word) -> word.length() >= SearchDocument.MIN_WORD)
			.filter((word) -> word.codePoints().allMatch(Character::isLetter))
			.filter((word) -> word.codePoints().noneMatch(SearchText::isHan))
			.distinct()
			.toList();
	}

	/**
	 * The words of the query transliterated from a script other than Latin and Han (such
	 * as Cyrillic), whose spelling may differ from the one the registry's names use.
	 */
	List<String> transliteratedWords() {
		boolean otherScript = this.text.codePoints()
			.anyMatch((c) -> Character.isLetter(c) && !SearchText.isHan(c)
					&& Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
		if (!otherScript) {
			return List.of();
		}
		return SearchText.tokens(this.latin)
			.stream()
			.limit(MAX_TOKENS)
			.filter((word) -> word.length() >= SearchDocument.MIN_WORD)
			.filter((word) -> word.codePoints().allMatch(Character::isLetter))
			.distinct()
			.toList();
	}

	/**
	 * The same query, searching also for the given spellings of its transliterated words.
	 */
	SearchQuery withSpellings(Map<String, List<String>> spellings) {
		return new SearchQuery(this.typed, this.text, this.latin, this.joined, this.shortened, spellings);
	}

	/**
	 * The same query with some of its words replaced.
	 * @param replacements the new word for each word replaced
	 */
	SearchQuery replacing(Map<String, String> replacements) {
		String corrected = SearchText.tokens(this.text)
			.stream()
			.map((word) -> replacements.getOrDefault(word, word))
			.collect(Collectors.joining(" "));
		return SearchQuery.of(corrected);
	}

	/**
	 * A PostgreSQL {@code tsquery} (for {@code to_tsquery('simple', ...)}) that matches
	 * the documents holding every word of the query as the beginning of a word, in the
	 * query's own script or transliterated (for a Han query, in joined pinyin). Words
	 * hold only letters and digits, so they are safe between quotes.
	 * @param weights the weights of the document to look in ({@code "AB"} for the names
	 * and their transliterations), or {@code ""} for the whole document
	 */
	String tsQuery(String weights) {
		Set<String> alternatives = new LinkedHashSet<>();
		alternatives.add(allPrefixes(SearchText.tokens(this.text), weights));
		alternatives.add(allPrefixes(SearchText.tokens((this.joined != null) ? this.joined : this.latin), weights));
		alternatives.remove("");
		return alternatives.stream().map((group) -> "(" + group + ")").collect(Collectors.joining(" | "));
	}

	private String allPrefixes(List<String> tokens, String weights) {
		return tokens.stream().limit(MAX_TOKENS).map((token) -> {
			List<String> spellings = this.spellings.getOrDefault(token, List.of());
			if (spellings.isEmpty()) {
				return prefix(token, weights);
			}
			return Stream.concat(Stream.of(token), spellings.stream())
				.map((word) -> prefix(word, weights))
				.collect(Collectors.joining(" | ", "(", ")"));
		}).collect(Collectors.joining(" & "));
	}

	private static String prefix(String word, String weights) {
		return "'" + word + "':*" + weights;
	}

	@Override
	public String toString() {
		return this.typed;
	}

}
