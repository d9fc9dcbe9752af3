package org.bcua.registry.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Free-text request parameters made safe to pass on: invisible and control characters (a
 * NUL byte included, which PostgreSQL refuses in text) become spaces, the value is
 * trimmed and cut to a length no real value reaches.
 */
public final class RequestText {

	public static final int MAX_LENGTH = 200;

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\s]+");

	private RequestText() {
	}

	/**
	 * The cleaned value, or {@code null} when nothing is left.
	 */
	public static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String cleaned = UNPRINTABLE.matcher(value).replaceAll(" ").strip();
		if (cleaned.length() > MAX_LENGTH) {
			cleaned = cleaned.substring(0, MAX_LENGTH);
		}
		return cleaned.isEmpty() ? null : cleaned;
	}

}
