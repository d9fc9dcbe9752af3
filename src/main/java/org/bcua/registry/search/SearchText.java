package org.bcua.registry.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.jspecify.annotations.Nullable;

/**
 * The text rules of the search, applied alike to the names stored in the index and to
 * what a visitor types, so that both meet in the same form:
 * <ul>
 * <li>{@link #normalize} keeps the script but folds case, compatibility forms and accents
 * ("Ёлка" and "елка", "Łódź" and "łodz" become one);</li>
 * <li>{@link #latin} transliterates to lowercase ASCII Latin with ICU4J: Cyrillic by the
 * BGN/PCGN romanization ("Богуш" → "bogush", "Далянь" → "dalyan"), Han to pinyin without
 * tones, syllable by syllable ("大连" → "da lian", joined "dalian");</li>
 * <li>{@link #initials} computes the abbreviation a name's significant words make
 * ("Белорусский государственный университет информатики и радиоэлектроники" →
 * "бгуир").</li>
 * </ul>
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\s]+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

	/** Signs that mark softness or a syllable break in romanized Cyrillic: dropped. */
	private static final Pattern ROMANIZATION_SIGNS = Pattern.compile("['’ʹʺ·\"`]");

	/** Words that do not count for an abbreviation. */
	private static final Set<String> MINOR_WORDS = Set.of("of", "and", "the", "for", "in", "at", "on", "&", "и", "в",
			"во", "на", "по", "для", "при", "і", "ў", "у", "па", "пры");

	/** Words after which a name only honours someone ("named after", "имени"). */
	private static final Set<String> HONORIFIC_WORDS = Set.of("named", "имени", "імя", "імені");

	private static final Transliterator CYRILLIC = Transliterator
		.getInstance("[:Cyrillic:] Russian-Latin/BGN; [:Cyrillic:] Belarusian-Latin/BGN");

	private static final Transliterator HAN = Transliterator.getInstance("Han-Latin");

	private static final Transliterator OTHER_SCRIPTS = Transliterator.getInstance("Any-Latin");

	private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

	public static final int MAX_SUFFIXES = 30;

	/**
	 * Suffixes are cut to this many characters: a longer query still matches the whole
	 * name, which is indexed in full.
	 */
	public static final int MAX_SUFFIX_LENGTH = 12;

	/** Pinyin of each Han character: Han-Latin reads characters one by one anyway. */
	private static final Map<Integer, String> PINYIN = new ConcurrentHashMap<>();

	private SearchText() {
	}

	/**
	 * The text in its own script, lowercased, without accents and with compatibility
	 * forms folded (full-width letters, ligatures), invisible characters turned to spaces
	 * and spaces collapsed.
	 */
	public static String normalize(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
		String stripped = Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
		return INVISIBLE.matcher(stripped).replaceAll(" ").strip();
	}

	/**
	 * The text transliterated to lowercase ASCII words separated by single spaces.
	 */
	public static Latin latin(String text) {
		StringBuilder spaced = new StringBuilder();
		StringBuilder joined = new StringBuilder();
		StringBuilder other = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			if (isHan(codePoint)) {
				flush(other, spaced, joined);
				spaced.append(' ');
				joined.append(' ');
				while (i < text.length() && isHan(text.codePointAt(i))) {
					String syllable = pinyin(text.codePointAt(i));
					spaced.append(syllable).append(' ');
					joined.append(syllable);
					i += Character.charCount(text.codePointAt(i));
				}
				spaced.append(' ');
				joined.append(' ');
			}
			else {
				other.appendCodePoint(codePoint);
				i += Character.charCount(codePoint);
			}
		}
		flush(other, spaced, joined);
		return new Latin(words(spaced.toString()), words(joined.toString()));
	}

	/**
	 * The lowercase initials of the significant words of a name in an alphabetic script,
	 * up to a word such as "named" or "имени" that starts an honorific.
	 * @return the initials, or {@code null} when fewer than three words count (two
	 * letters would match too much)
	 */
	public static @Nullable String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : tokens(normalize(name))) {
			if (isHonorific(word)) {
				break;
			}
			int first = word.codePointAt(0);
			if (isMinor(word) || !Character.isLetter(first) || isHan(first)) {
				continue;
			}
			initials.appendCodePoint(first);
		}
		return (initials.codePointCount(0, initials.length()) >= 3) ? initials.toString() : null;
	}

	/**
	 * Every suffix of each Han word of a normalized text, in Han and in joined pinyin
	 * ("大连理工" gives "大连理工", "连理工", "理工", "工" and "dalianligong", "lianligong", "ligong",
	 * "gong"), so that a prefix search finds any part of a Chinese name. Words longer
	 * than {@value #MAX_SUFFIXES} characters give their first suffixes only.
	 */
	public static List<String> hanSuffixes(String normalized) {
		List<String> suffixes = new ArrayList<>();
		for (String token : HAN_RUN.matcher(normalized).results().map(MatchResult::group).toList()) {
			int[] characters = token.codePoints().toArray();
			for (int start = 0; start < Math.min(characters.length, MAX_SUFFIXES); start++) {
				StringBuilder han = new StringBuilder();
				StringBuilder pinyin = new StringBuilder();
				for (int i = start; i < Math.min(characters.length, start + MAX_SUFFIX_LENGTH); i++) {
					han.appendCodePoint(characters[i]);
					pinyin.append(pinyin(characters[i]));
				}
				suffixes.add(han.toString());
				suffixes.add(pinyin.toString());
			}
		}
		return suffixes;
	}

	/**
	 * Whether a normalized word does not count for an abbreviation ("of", "и").
	 */
	public static boolean isMinor(String word) {
		return MINOR_WORDS.contains(word);
	}

	/**
	 * Whether a normalized word starts the honorific part of a name ("named", "имени").
	 */
	public static boolean isHonorific(String word) {
		return HONORIFIC_WORDS.contains(word);
	}

	/**
	 * The words of a text already normalized: runs of letters and digits.
	 */
	public static List<String> tokens(String normalized) {
		List<String> tokens = new ArrayList<>();
		for (String token : NOT_WORD.split(normalized)) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		return tokens;
	}

	/**
	 * Whether a text holds anything to search for: a letter or a digit.
	 */
	public static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/**
	 * The language a name is most likely in, from its script, for the {@code lang}
	 * attribute of the element that shows it: Chinese for Han characters, Belarusian for
	 * Cyrillic with letters only Belarusian has, else Russian for Cyrillic, else English.
	 */
	public static String languageOf(String name) {
		if (name.codePoints().anyMatch(SearchText::isHan)) {
			return "zh";
		}
		if (name.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
			return name.matches("(?s).*[іІўЎ].*") ? "be" : "ru";
		}
		return "en";
	}

	public static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/**
	 * The toneless pinyin syllable of a Han character.
	 */
	public static String pinyin(int codePoint) {
		return PINYIN.computeIfAbsent(codePoint, (c) -> {
			String reading;
			synchronized (HAN) {
				reading = HAN.transliterate(new String(Character.toChars(c)));
			}
			return foldLatin(reading).replace(" ", "");
		});
	}

	private static void flush(StringBuilder other, StringBuilder spaced, StringBuilder joined) {
		if (other.isEmpty()) {
			return;
		}
		String latin = foldLatin(toLatinScript(other.toString()));
		spaced.append(latin);
		joined.append(latin);
		other.setLength(0);
	}

	private static String toLatinScript(String text) {
		String result = text;
		if (result.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
			synchronized (CYRILLIC) {
				result = CYRILLIC.transliterate(result);
			}
		}
		if (result.codePoints().anyMatch(SearchText::isOtherScript)) {
			synchronized (OTHER_SCRIPTS) {
				result = OTHER_SCRIPTS.transliterate(result);
			}
		}
		return result;
	}

	private static boolean isOtherScript(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return Character.isLetter(codePoint) && script != Character.UnicodeScript.LATIN
				&& script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED;
	}

	/**
	 * Latin letters to lowercase ASCII: accents and tone marks dropped, letters such as
	 * "ł" or "ß" spelled out, romanization signs removed, anything else a space.
	 */
	private static String foldLatin(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		if (folded.chars().anyMatch((c) -> c > 127)) {
			synchronized (LATIN_ASCII) {
				folded = LATIN_ASCII.transliterate(folded);
			}
		}
		folded = ROMANIZATION_SIGNS.matcher(folded).replaceAll("");
		return NOT_WORD.matcher(folded).replaceAll(" ").replaceAll("[^\\x00-\\x7f]", "");
	}

	private static String words(String text) {
		return String.join(" ", tokens(text.toLowerCase(Locale.ROOT)));
	}

	/**
	 * A text in Latin letters: with a space between Han syllables ("da lian li gong"),
	 * and with the syllables of each Han word joined ("dalianligong"). Both are the same
	 * for text without Han characters.
	 *
	 * @param spaced syllables apart
	 * @param joined syllables of a Han word together
	 */
	public record Latin(String spaced, String joined) {

		boolean hasJoinedForm() {
			return !this.spaced.equals(this.joined);
		}

	}

}
