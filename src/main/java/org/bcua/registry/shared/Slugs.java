package org.bcua.registry.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Permanent addresses of records: lower-case Latin letters and digits joined by hyphens,
 * made from an English name or title (the form the database's slug constraints accept).
 */
public final class Slugs {

	private Slugs() {
	}

	/**
	 * A slug for the text, at most {@code maxLength} characters, cut at a hyphen.
	 * @param fallback used when the text has no Latin letter or digit
	 */
	public static String of(@Nullable String text, int maxLength, String fallback) {
		String ascii = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('ø', 'o')
			.replace('ł', 'l')
			.replace("ß", "ss")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > maxLength) {
			ascii = ascii.substring(0, maxLength);
			int cut = ascii.lastIndexOf('-');
			ascii = (cut > maxLength / 2) ? ascii.substring(0, cut) : ascii;
			ascii = ascii.replaceAll("-+$", "");
		}
		return ascii.isEmpty() ? fallback : ascii;
	}

	/**
	 * The base itself when it is free, else the base with {@code -2}, {@code -3}...
	 * @param taken whether a slug is already used
	 */
	public static String unique(String base, Predicate<String> taken) {
		if (!taken.test(base)) {
			return base;
		}
		for (int n = 2;; n++) {
			String candidate = base + "-" + n;
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
	}

}
