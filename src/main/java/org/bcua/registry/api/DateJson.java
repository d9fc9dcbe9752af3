package org.bcua.registry.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.PartialDate;

/**
 * A date as far as it is known, in the API.
 *
 * @param value the ISO-8601 form of what is known
 * @param precision how much of it is known
 */
@Schema(name = "PartialDate",
		description = "A date as far as it is known: only the year, the year and month, or the day.")
public record DateJson(
		@Schema(description = "The ISO-8601 form of what is known: 2019, 2025-05 or 2025-10-13.", example = "2025-05",
				pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
				requiredMode = Schema.RequiredMode.REQUIRED) String value,
		@Schema(description = "How much of the date is known.", example = "month", allowableValues = {
				"year", "month", "day" }, requiredMode = Schema.RequiredMode.REQUIRED) String precision){

	/**
	 * The date as the API shows it, or {@code null} for none.
	 */
	public static @Nullable DateJson of(@Nullable PartialDate date) {
		return (date != null) ? new DateJson(date.iso(), date.precision().name().toLowerCase(Locale.ROOT)) : null;
	}

	/**
	 * A day, or {@code null} for none.
	 */
	public static @Nullable DateJson of(java.time.@Nullable LocalDate day) {
		return (day != null) ? of(PartialDate.ofDay(day)) : null;
	}

}
