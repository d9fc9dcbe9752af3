package org.bcua.registry.web;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.bcua.registry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Periods (a person's positions, a meeting's days) are written as compactly as each
 * language allows, with the registry's own message bundles: an end equal to the start is
 * not repeated ("2025", never "2025 – 2025"), shared parts are written once, open ends
 * read "since" or "until".
 */
class FormatsTests {

	/**
	 * The thin space ICU puts around the dash between two dates that end or begin with
	 * words.
	 */
	private static final String THIN = "\u2009";

	private final Formats formats = new Formats(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aPeriodWithinOneYearIsThatYear() {
		in("en");
		assertThat(range(PartialDate.ofYear(2025), PartialDate.ofYear(2025))).isEqualTo("2025");
		assertThat(range(PartialDate.ofMonth(2025, 5), PartialDate.ofYear(2025))).isEqualTo("2025");
		assertThat(range(PartialDate.ofYear(2025), PartialDate.ofDay(LocalDate.of(2025, 10, 13)))).isEqualTo("2025");
		assertThat(range(PartialDate.ofMonth(2025, 10), PartialDate.ofMonth(2025, 10))).isEqualTo("October 2025");
		in("zh");
		assertThat(range(PartialDate.ofYear(2025), PartialDate.ofYear(2025))).isEqualTo("2025年");
	}

	@Test
	void partsBothEndsShareAreWrittenOnce() {
		in("en");
		assertThat(range(PartialDate.ofYear(2023), PartialDate.ofYear(2025))).isEqualTo("2023–2025");
		assertThat(range(PartialDate.ofMonth(2025, 3), PartialDate.ofMonth(2025, 10)))
			.isEqualTo("March" + THIN + "–" + THIN + "October 2025");
		assertThat(this.formats.span(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 16)))
			.isEqualTo("13–16 October 2025");
		assertThat(this.formats.span(LocalDate.of(2025, 10, 30), LocalDate.of(2025, 11, 2)))
			.isEqualTo("30 October" + THIN + "–" + THIN + "2 November 2025");
		assertThat(this.formats.span(LocalDate.of(2025, 10, 13), null)).isEqualTo("13 October 2025");
		assertThat(range(PartialDate.ofMonth(2023, 5), PartialDate.ofYear(2025))).isEqualTo("May 2023 – 2025");
		assertThat(range(PartialDate.ofYear(2023), PartialDate.ofYear(2023))).isEqualTo("2023");
		in("ru");
		assertThat(this.formats.span(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 16)))
			.startsWith("13–16 октября 2025");
		in("be");
		assertThat(this.formats.span(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 16)))
			.isEqualTo("13–16 кастрычніка 2025");
		in("zh");
		assertThat(this.formats.span(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 16)))
			.isEqualTo("2025年10月13日" + THIN + "–" + THIN + "16日");
	}

	@Test
	void anOpenEndSaysSinceOrUntil() {
		in("en");
		assertThat(range(PartialDate.ofYear(2023), null)).isEqualTo("since 2023");
		assertThat(range(null, PartialDate.ofMonth(2025, 5))).isEqualTo("until May 2025");
		assertThat(range(null, null)).isEmpty();
		in("ru");
		assertThat(range(PartialDate.ofYear(2023), null)).isEqualTo("с 2023");
		in("be");
		assertThat(range(PartialDate.ofYear(2023), null)).isEqualTo("з 2023");
		in("zh");
		assertThat(range(PartialDate.ofYear(2023), null)).isEqualTo("自2023年起");
	}

	private String range(PartialDate from, PartialDate to) {
		return this.formats.range(from, to);
	}

	private static void in(String language) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
