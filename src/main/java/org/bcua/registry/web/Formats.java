package org.bcua.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.bcua.registry.shared.DateText;
import org.bcua.registry.shared.PartialDate;

/**
 * Formats dates for the pages in the interface language, keeping a partial date's
 * precision: "2019", "May 2025", "13 October 2025". The patterns are message keys, so
 * each language has its own. Used in templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A partial date in the current language.
	 * @return the formatted date, or an empty string for {@code null}
	 */
	public String date(@Nullable PartialDate date) {
		return (date != null) ? DateText.format(date, this.messages, LocaleContextHolder.getLocale()) : "";
	}

	/**
	 * A full date in the current language.
	 * @return the formatted date, or an empty string for {@code null}
	 */
	public String day(@Nullable LocalDate date) {
		return (date != null) ? format("date.format.day", date) : "";
	}

	/**
	 * The day of an instant, in UTC, in the current language.
	 * @return the formatted day, or an empty string for {@code null}
	 */
	public String moment(@Nullable Instant instant) {
		return (instant != null) ? day(LocalDate.ofInstant(instant, ZoneOffset.UTC)) : "";
	}

	/**
	 * An instant as the {@code datetime} of a {@code <time>} element: ISO 8601 in UTC, to
	 * the second (HTML allows at most three digits of a second's fraction).
	 * @return the value, or an empty string for {@code null}
	 */
	public String machine(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : "";
	}

	/**
	 * The day and time (hours and minutes, UTC) of an instant, for the history.
	 * @return the formatted moment, or an empty string for {@code null}
	 */
	public String time(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return moment(instant) + " " + DateTimeFormatter.ofPattern("HH:mm").format(instant.atOffset(ZoneOffset.UTC))
				+ " UTC";
	}

	/**
	 * A span of days, compact: "13–16 October 2025"; a single day when both ends are the
	 * same or the end is unknown.
	 */
	public String span(LocalDate start, @Nullable LocalDate end) {
		return range(PartialDate.ofDay(start), PartialDate.ofDay((end != null) ? end : start));
	}

	/**
	 * A period between two partial dates, as compact as the language allows: shown once
	 * when both ends are the same ("2025"), or when the coarser end already holds the
	 * other ("2025" for May 2025 to 2025); the parts both ends share written once ("13–16
	 * October 2025", "March – October 2025", "2023–2025"); an open end as "since 2023" or
	 * "until 2025".
	 * @return the formatted period, or an empty string when both ends are {@code null}
	 */
	public String range(@Nullable PartialDate from, @Nullable PartialDate to) {
		return DateText.range(from, to, this.messages, LocaleContextHolder.getLocale());
	}

	private String format(String key, TemporalAccessor value) {
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = this.messages.getMessage(key, null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(value);
	}

}
