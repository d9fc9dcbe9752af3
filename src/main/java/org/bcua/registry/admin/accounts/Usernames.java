package org.bcua.registry.admin.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * User names: 2 to 100 lower-case Latin letters, digits, dots, hyphens and underscores,
 * starting with a letter or digit. What is typed is trimmed and lower-cased, so
 * {@code Admin} and {@code admin} are one account.
 */
public final class Usernames {

	/** The longest user name. */
	public static final int MAX_LENGTH = 100;

	/** The pattern of a normalized user name (also a check constraint of the table). */
	public static final String PATTERN = "^[a-z0-9][a-z0-9._-]{1,99}$";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	private Usernames() {
	}

	/**
	 * The user name as stored: trimmed and lower-cased.
	 * @return the normalized name, or {@code null} when what was typed can be no user
	 * name (blank, too long, or other characters)
	 */
	public static @Nullable String normalize(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		String name = typed.strip().toLowerCase(Locale.ROOT);
		return VALID.matcher(name).matches() ? name : null;
	}

	/**
	 * What may be written to the log of a typed user name: control characters replaced
	 * (no forged log lines) and cut to the longest user name.
	 */
	public static String forLog(@Nullable String typed) {
		if (typed == null) {
			return "";
		}
		String cleaned = typed.replaceAll("\\p{Cntrl}", "?");
		return (cleaned.length() > MAX_LENGTH) ? cleaned.substring(0, MAX_LENGTH) + "…" : cleaned;
	}

}
