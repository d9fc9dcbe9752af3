package org.bcua.registry.shared;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Partial dates and periods written in a language with the patterns of the message
 * bundles ({@code date.format.year}, {@code .month}, {@code .day}, and the skeletons
 * {@code date.format.range.*} of ICU's date intervals), keeping their precision: "2019",
 * "May 2025", "13 October 2025", "13–16 October 2025". The one place dates and periods
 * are formatted, for the pages ({@code web.Formats}) and the history alike.
 */
public final class DateText {

	private static final Pattern NUMBERS_APART = Pattern.compile("(\\d)[\\u2009\\u202f ]\u2013[\\u2009\\u202f ](\\d)");

	private DateText() {
	}

	public static String format(PartialDate date, MessageSource messages, Locale locale) {
		String key = switch (date.precision()) {
			case YEAR -> "date.format.year";
			case MONTH -> "date.format.month";
			case DAY -> "date.format.day";
		};
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale).format(date.value());
	}

	/**
	 * A period between two partial dates, as compact as the language allows: shown once
	 * when both ends are the same ("2025"), or when the coarser end already holds the
	 * other ("2025" for May 2025 to 2025); the parts both ends share written once ("13–16
	 * October 2025", "March – October 2025", "2023–2025"); an open end as "since 2023" or
	 * "until 2025".
	 * @return the formatted period, or an empty string when both ends are {@code null}
	 */
	public static String range(@Nullable PartialDate from, @Nullable PartialDate to, MessageSource messages,
			Locale locale) {
		if (from == null || to == null) {
			if (from != null) {
				return messages.getMessage("date.range.since", new Object[] { format(from, messages, locale) }, locale);
			}
			return (to != null)
					? messages.getMessage("date.range.until", new Object[] { format(to, messages, locale) }, locale)
					: "";
		}
		if (from.precision() != to.precision()) {
			DatePrecision coarser = (from.precision().compareTo(to.precision()) < 0) ? from.precision()
					: to.precision();
			PartialDate start = new PartialDate(from.value(), coarser);
			if (start.equals(new PartialDate(to.value(), coarser))) {
				return format(start, messages, locale);
			}
			return format(from, messages, locale) + " – " + format(to, messages, locale);
		}
		if (from.equals(to)) {
			return format(from, messages, locale);
		}
		String skeleton = messages.getMessage("date.format.range." + from.precision().name().toLowerCase(Locale.ROOT),
				null, locale);
		// English pages write the day first ("13 October 2025"), as British English does
		ULocale written = "en".equals(locale.getLanguage()) ? ULocale.UK : ULocale.forLocale(locale);
		DateIntervalFormat interval = DateIntervalFormat.getInstance(skeleton, written);
		interval.setTimeZone(TimeZone.GMT_ZONE);
		return closeUpBetweenNumbers(interval.format(new DateInterval(millis(from), millis(to))));
	}

	/**
	 * ICU puts thin spaces around the dash of some intervals ("13 – 16 October 2025" in
	 * British English); between two numbers the dash is closed up, as the Russian and
	 * Belarusian patterns already write it ("13–16 October 2025", "2023–2025"); between
	 * words it keeps its spaces ("March – October 2025").
	 */
	private static String closeUpBetweenNumbers(String interval) {
		return NUMBERS_APART.matcher(interval).replaceAll("$1\u2013$2");
	}

	private static long millis(PartialDate date) {
		return date.value().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

}
