package org.bcua.registry.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 */
public record SearchQuery(String typed, String text, String latin, @Nullable String joined, boolean shortened) {

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
		return new SearchQuery(cleaned, text, latin.spaced(), latin.hasJoinedForm() ? latin.joined() : null, shortened);
	}

	/**
	 * Whether there is nothing to search for: no letter or digit.
	 */
	public boolean isEmpty() {
		return !SearchText.hasWords(this.text);
	}

	/**
	 * The words of the query in its own script and in Latin, without repeats, at most
	 * eight of each.
	 */
	List<String> words() {
		Set<String> words = new LinkedHashSet<>();
		SearchText.tokens(this.text).stream().limit(MAX_TOKENS).forEach(words::add);
		SearchText.tokens(this.latin).stream().limit(MAX_TOKENS).forEach(words::add);
		if (this.joined != null) {
			SearchText.tokens(this.joined).stream().limit(MAX_TOKENS).forEach(words::add);
		}
		return List.copyOf(words);
	}

	/**
	 * A PostgreSQL {@code tsquery} that matches documents holding every word of the query
	 * as a prefix, in the query's script or in Latin. Words hold only letters and digits,
	 * so they are safe between quotes.
	 */
	String prefixTsQuery() {
		Set<String> alternatives = new LinkedHashSet<>();
		alternatives.add(allPrefixes(SearchText.tokens(this.text)));
		alternatives.add(allPrefixes(SearchText.tokens(this.latin)));
		if (this.joined != null) {
			alternatives.add(allPrefixes(SearchText.tokens(this.joined)));
		}
		alternatives.remove("");
		return alternatives.stream().map((group) -> "(" + group + ")").collect(Collectors.joining(" | "));
	}

	private static String allPrefixes(List<String> tokens) {
		return tokens.stream().limit(MAX_TOKENS).map((token) -> "'" + token + "':*").collect(Collectors.joining(" & "));
	}

	@Override
	public String toString() {
		return this.typed;
	}

}
