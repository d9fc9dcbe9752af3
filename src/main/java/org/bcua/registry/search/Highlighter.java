package org.bcua.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds what matched a query in a text shown to the visitor, word by word and whatever
 * the script: a word matches when it starts with a word of the query, allowing a typo in
 * longer words, in its own script or once both are transliterated ("Dalian" for
 * "Далянь"); Han characters match by substring, or by their pinyin for a query in another
 * script; and when no word matched, the initials of the significant words match an
 * abbreviation ("БГУИР"), and those words are marked whole.
 */
public final class Highlighter {

	private static final String ELLIPSIS = "…";

	private final Set<String> words = new LinkedHashSet<>();

	private final Set<String> latinWords = new LinkedHashSet<>();

	private final Set<String> hanWords = new LinkedHashSet<>();

	private final boolean hanQuery;

	public Highlighter(SearchQuery query) {
		for (String token : SearchText.tokens(query.text())) {
			if (token.codePoints().anyMatch(SearchText::isHan)) {
				this.hanWords.add(token);
			}
			else {
				this.words.add(token);
			}
		}
		// Han syllables one by one ("da", "lian") would mark every word starting with
		// them
		this.latinWords.addAll(SearchText.tokens((query.joined() != null) ? query.joined() : query.latin()));
		query.spellings().values().forEach(this.latinWords::addAll);
		this.hanQuery = !this.hanWords.isEmpty();
	}

	/**
	 * The text with what matched marked.
	 */
	public Highlight highlight(String text) {
		return new Highlight(segments(text, marks(text, true), 0, text.length()));
	}

	/**
	 * The text with what matched marked, without trying initials.
	 */
	public Highlight highlightWords(String text) {
		return new Highlight(segments(text, marks(text, false), 0, text.length()));
	}

	/**
	 * A passage of a longer text around its first match, with what matched marked.
	 * @param radius about how many characters to keep on each side of the match
	 * @return the passage, or {@code null} when nothing in the text matched
	 */
	public @Nullable Highlight snippet(@Nullable String text, int radius) {
		if (text == null || text.isBlank()) {
			return null;
		}
		boolean[] marks = marks(text, false);
		int first = -1;
		int last = -1;
		for (int i = 0; i < marks.length; i++) {
			if (marks[i]) {
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		if (first < 0) {
			return null;
		}
		int start = wordBoundaryBefore(text, Math.max(0, first - radius));
		int end = wordBoundaryAfter(text, Math.min(text.length(), Math.max(last + 1, first + radius)));
		List<Highlight.Segment> segments = new ArrayList<>();
		if (start > 0) {
			segments.add(new Highlight.Segment(ELLIPSIS, false));
		}
		segments.addAll(segments(text, marks, start, end));
		if (end < text.length()) {
			segments.add(new Highlight.Segment(ELLIPSIS, false));
		}
		return new Highlight(segments);
	}

	private boolean[] marks(String text, boolean initials) {
		boolean[] marks = new boolean[text.length()];
		List<int[]> alphabeticWords = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			if (SearchText.isHan(codePoint)) {
				int end = runEnd(text, i, true);
				markHan(text, i, end, marks);
				i = end;
			}
			else if (Character.isLetterOrDigit(codePoint)) {
				int end = runEnd(text, i, false);
				alphabeticWords.add(new int[] { i, end });
				if (matchesWord(text.substring(i, end))) {
					mark(marks, i, end);
				}
				i = end;
			}
			else {
				i += Character.charCount(codePoint);
			}
		}
		if (initials && !anyMarked(marks)) {
			markInitials(text, alphabeticWords, marks);
		}
		return marks;
	}

	private boolean matchesWord(String word) {
		String normalized = SearchText.normalize(word);
		for (String token : this.words) {
			if (startsWithAlmost(normalized, token)) {
				return true;
			}
		}
		boolean ascii = normalized.chars().allMatch((c) -> c < 128);
		String latin = ascii ? normalized : SearchText.latin(normalized).spaced().replace(" ", "");
		for (String token : this.latinWords) {
			if (startsWithAlmost(latin, token)) {
				return true;
			}
		}
		return false;
	}

	private void markHan(String text, int start, int end, boolean[] marks) {
		String run = text.substring(start, end);
		for (String token : this.hanWords) {
			for (int at = run.indexOf(token); at >= 0; at = run.indexOf(token, at + 1)) {
				mark(marks, start + at, start + at + token.length());
			}
		}
		if (this.hanQuery) {
			return;
		}
		for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
			StringBuilder syllables = new StringBuilder();
			for (int j = i; j < end; j += Character.charCount(text.codePointAt(j))) {
				syllables.append(SearchText.pinyin(text.codePointAt(j)));
				int next = j + Character.charCount(text.codePointAt(j));
				String sound = syllables.toString();
				if (this.latinWords.contains(sound) && sound.length() >= 2) {
					mark(marks, i, next);
				}
				if (this.latinWords.stream().noneMatch((token) -> token.startsWith(sound))) {
					break;
				}
			}
		}
	}

	private void markInitials(String text, List<int[]> words, boolean[] marks) {
		List<int[]> initials = new ArrayList<>();
		StringBuilder letters = new StringBuilder();
		for (int[] word : words) {
			String normalized = SearchText.normalize(text.substring(word[0], word[1]));
			if (SearchText.isHonorific(normalized)) {
				break;
			}
			if (SearchText.isMinor(normalized) || !Character.isLetter(normalized.codePointAt(0))) {
				continue;
			}
			initials.add(word);
			letters.appendCodePoint(normalized.codePointAt(0));
		}
		if (initials.size() < 2) {
			return;
		}
		String abbreviation = letters.toString();
		String latin = SearchText.latin(abbreviation).joined();
		if (this.words.contains(abbreviation) || this.latinWords.contains(latin)) {
			// the words whose initials these are, whole, not their scattered first
			// letters
			for (int[] word : initials) {
				mark(marks, word[0], word[1]);
			}
		}
	}

	/**
	 * Whether the word starts with the token, allowing one edit in tokens of four to
	 * seven letters and two in longer ones.
	 */
	public static boolean startsWithAlmost(String word, String token) {
		if (token.isEmpty() || word.isEmpty()) {
			return false;
		}
		if (token.length() == 1) {
			return word.equals(token);
		}
		int allowed = (token.length() < 4) ? 0 : (token.length() < 8) ? 1 : 2;
		if (allowed == 0) {
			return word.startsWith(token);
		}
		String prefix = word.substring(0, Math.min(word.length(), token.length()));
		return word.startsWith(token) || (prefix.length() >= token.length() - allowed
				&& editDistance(prefix, token) <= allowed && prefix.charAt(0) == token.charAt(0));
	}

	/**
	 * The optimal string alignment distance: insertions, deletions, substitutions and
	 * transpositions of neighbours each count one.
	 */
	public static int editDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static int runEnd(String text, int start, boolean han) {
		int i = start;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			boolean isHan = SearchText.isHan(codePoint);
			if (han != isHan || !(isHan || Character.isLetterOrDigit(codePoint))) {
				break;
			}
			i += Character.charCount(codePoint);
		}
		return i;
	}

	private static void mark(boolean[] marks, int start, int end) {
		for (int i = start; i < end; i++) {
			marks[i] = true;
		}
	}

	private static boolean anyMarked(boolean[] marks) {
		for (boolean mark : marks) {
			if (mark) {
				return true;
			}
		}
		return false;
	}

	private static List<Highlight.Segment> segments(String text, boolean[] marks, int start, int end) {
		List<Highlight.Segment> segments = new ArrayList<>();
		int from = start;
		for (int i = start + 1; i <= end; i++) {
			if (i == end || marks[i] != marks[from]) {
				segments.add(new Highlight.Segment(text.substring(from, i), marks[from]));
				from = i;
			}
		}
		return segments;
	}

	private static int wordBoundaryBefore(String text, int index) {
		if (index == 0) {
			return 0;
		}
		int space = text.lastIndexOf(' ', index);
		return (space < 0) ? 0 : space + 1;
	}

	private static int wordBoundaryAfter(String text, int index) {
		if (index >= text.length()) {
			return text.length();
		}
		int space = text.indexOf(' ', index);
		return (space < 0) ? text.length() : space;
	}

}
