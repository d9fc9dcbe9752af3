package org.bcua.registry.web;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.PartialDate;

/**
 * A column of an export: its name (the CSV header, the JSON property) and how a record
 * gives its value. A value is {@code null}, text, a number, a boolean, an enum (written
 * by its name), a {@link java.time.LocalDate}, or a list of those (in CSV joined by
 * {@code "; "}, in JSON an array). A {@linkplain #date date column} holds a
 * {@link PartialDate}: in CSV two columns, the date as far as it is known ("2025-05") and
 * its precision ("month"); in JSON an object with {@code value} and {@code precision}.
 *
 * @param <T> the record
 * @param name the column's name
 * @param isDate whether the values are partial dates
 * @param value the value of a record
 */
public record ExportColumn<T>(String name, boolean isDate, Function<T, @Nullable Object> value) {

	/** What separates the items of a list in a CSV cell. */
	public static final String LIST_SEPARATOR = "; ";

	public static <T> ExportColumn<T> of(String name, Function<T, @Nullable Object> value) {
		return new ExportColumn<>(name, false, value);
	}

	public static <T> ExportColumn<T> date(String name, Function<T, @Nullable PartialDate> value) {
		return new ExportColumn<>(name, true, value::apply);
	}

	/**
	 * The name of the CSV column holding a date column's precision.
	 */
	public String precisionName() {
		return this.name + "_precision";
	}

	/**
	 * How a precision is written: {@code year}, {@code month} or {@code day}.
	 */
	static String precision(PartialDate date) {
		return date.precision().name().toLowerCase(java.util.Locale.ROOT);
	}

}
