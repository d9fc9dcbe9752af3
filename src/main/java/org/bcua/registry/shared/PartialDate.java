package org.bcua.registry.shared;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A date known to a {@link DatePrecision}: "2019", "May 2025" or "13 October 2025". The
 * stored value is truncated to the precision (2019 is stored as 2019-01-01 with precision
 * YEAR), so it is never padded to a fake day.
 *
 * @param value the first day of the known period
 * @param precision how much of the value is known
 */
public record PartialDate(LocalDate value, DatePrecision precision) implements Comparable<PartialDate> {

	private static final java.util.regex.Pattern ISO = java.util.regex.Pattern
		.compile("([12][0-9]{3})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?");

	public PartialDate {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(precision, "precision");
		value = switch (precision) {
			case YEAR -> value.withDayOfYear(1);
			case MONTH -> value.withDayOfMonth(1);
			case DAY -> value;
		};
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
	}

	public static PartialDate ofDay(LocalDate day) {
		return new PartialDate(day, DatePrecision.DAY);
	}

	/**
	 * Combines the two columns a partial date is stored in.
	 * @return the partial date, or {@code null} when the value is {@code null}
	 */
	public static @Nullable PartialDate of(@Nullable LocalDate value, @Nullable DatePrecision precision) {
		if (value == null) {
			return null;
		}
		return new PartialDate(value, (precision != null) ? precision : DatePrecision.DAY);
	}

	/**
	 * Reads what an editor typed: {@code 2019}, {@code 2025-05} or {@code 2025-10-13}
	 * (surrounding spaces ignored), the precision following from the form.
	 * @return the date, or {@code null} for blank text
	 * @throws IllegalArgumentException when the text is no such date, or the year is
	 * outside 1000 to 2999
	 */
	public static @Nullable PartialDate parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		java.util.regex.Matcher matcher = ISO.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a partial date: " + text);
		}
		int year = Integer.parseInt(matcher.group(1));
		try {
			if (matcher.group(3) != null) {
				return ofDay(
						LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
			}
			if (matcher.group(2) != null) {
				return ofMonth(year, Integer.parseInt(matcher.group(2)));
			}
			return ofYear(year);
		}
		catch (java.time.DateTimeException ex) {
			throw new IllegalArgumentException("Not a partial date: " + text, ex);
		}
	}

	/**
	 * Whether {@link #parse(String)} reads the text (blank included).
	 */
	public static boolean isValid(@Nullable String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The first day of the known period, for the date column.
	 */
	public static @Nullable LocalDate valueOf(@Nullable PartialDate date) {
		return (date != null) ? date.value() : null;
	}

	/**
	 * The precision, for the precision column.
	 */
	public static @Nullable DatePrecision precisionOf(@Nullable PartialDate date) {
		return (date != null) ? date.precision() : null;
	}

	public int year() {
		return this.value.getYear();
	}

	/**
	 * The ISO 8601 form of what is known: {@code 2019}, {@code 2025-05} or
	 * {@code 2025-10-13}.
	 */
	public String iso() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.value.getYear());
			case MONTH -> this.value.toString().substring(0, 7);
			case DAY -> this.value.toString();
		};
	}

	@Override
	public int compareTo(PartialDate other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return iso();
	}

}
