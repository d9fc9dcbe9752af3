package org.bcua.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks of the API's request parameters beyond their types (which Spring checks):
 * each failure is an {@link ApiParameterException} naming the parameter. Unlike the HTML
 * pages, which clean what a visitor typed, the API refuses what a program should not
 * send.
 */
public final class ApiParameters {

	/** Rows of a page when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	/** The most rows of a page. */
	public static final int MAX_SIZE = 100;

	/** The longest text parameter accepted, in characters. */
	public static final int MAX_TEXT = 200;

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

	private ApiParameters() {
	}

	/**
	 * Checks the page asked for.
	 * @param page one-based
	 * @param size rows per page
	 * @throws ApiParameterException when the page is below 1 or the size outside 1 to
	 * {@value #MAX_SIZE}
	 */
	public static void checkPage(int page, int size) {
		if (page < 1) {
			throw new ApiParameterException("page", "must be 1 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ApiParameterException("size", "must be between 1 and " + MAX_SIZE);
		}
	}

	/**
	 * A text parameter (a query, a slug), without surrounding spaces.
	 * @return the text, or {@code null} when it is absent or blank
	 * @throws ApiParameterException when it holds control or invisible characters (a NUL
	 * byte) or is longer than {@value #MAX_TEXT} characters
	 */
	public static @Nullable String text(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		if (UNPRINTABLE.matcher(value).find()) {
			throw new ApiParameterException(name, "must not contain control or invisible characters");
		}
		if (value.length() > MAX_TEXT) {
			throw new ApiParameterException(name, "must be at most " + MAX_TEXT + " characters");
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * The {@code modifiedSince} of a harvester: an ISO-8601 instant
	 * ({@code 2026-01-31T12:00:00Z}) or date ({@code 2026-01-31}, its first moment in
	 * UTC).
	 * @return the instant, or {@code null} when absent or blank
	 * @throws ApiParameterException when it is neither
	 */
	public static @Nullable Instant instant(String name, @Nullable String value) {
		String text = text(name, value);
		if (text == null) {
			return null;
		}
		try {
			return (text.length() == 10) ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ApiParameterException(name,
					"must be an ISO-8601 instant (2026-01-31T12:00:00Z) or date (2026-01-31)");
		}
	}

	/**
	 * Refuses a filter given together with {@code modifiedSince}: a harvest reads every
	 * record changed since then, in the order of change.
	 */
	public static void notWithModifiedSince(@Nullable Instant modifiedSince, String name, @Nullable Object value) {
		if (modifiedSince != null && value != null) {
			throw new ApiParameterException(name, "cannot be combined with modifiedSince");
		}
	}

}
