package org.bcua.registry.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * How the history writes values for a reader, in one interface language: names in that
 * language, vocabulary values by their labels, dates with their precision, yes and no.
 * What {@link Labelled#historyLabel(HistoryText)} writes its label with.
 */
public final class HistoryText {

	private final MessageSource messages;

	private final Locale locale;

	HistoryText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * A name in the language, with the fallback of {@link LocalizedName#in}.
	 */
	public String name(LocalizedName names) {
		return names.in(this.locale);
	}

	/**
	 * The label of a vocabulary value.
	 */
	public String label(Keyed value) {
		return message(value.messageKey());
	}

	/**
	 * A partial date with its precision.
	 */
	public String date(PartialDate date) {
		return DateText.format(date, this.messages, this.locale);
	}

	/**
	 * A period, as compact as the language allows (see {@link DateText#range}).
	 */
	public String range(@Nullable PartialDate from, @Nullable PartialDate to) {
		return DateText.range(from, to, this.messages, this.locale);
	}

	/**
	 * A moment: its day in UTC and the time to the minute.
	 */
	public String moment(Instant instant) {
		return date(PartialDate.ofDay(LocalDate.ofInstant(instant, ZoneOffset.UTC))) + " "
				+ DateTimeFormatter.ofPattern("HH:mm").format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
	}

	/**
	 * Yes or no.
	 */
	public String yesNo(boolean value) {
		return message(value ? "history.value.yes" : "history.value.no");
	}

	public String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
