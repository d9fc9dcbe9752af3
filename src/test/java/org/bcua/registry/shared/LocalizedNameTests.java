package org.bcua.registry.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which form of a name each interface language shows, and what language it is in.
 */
class LocalizedNameTests {

	private static final Locale RU = Locale.forLanguageTag("ru");

	private static final Locale BE = Locale.forLanguageTag("be");

	private static final Locale ZH = Locale.forLanguageTag("zh");

	@Test
	void eachLanguageShowsItsOwnFormWhenKnown() {
		LocalizedName name = new LocalizedName("Dalian University of Technology",
				"Даляньский технологический университет", "Даляньскі тэхналагічны ўніверсітэт", "大连理工大学");
		assertThat(name.in(Locale.ENGLISH)).isEqualTo("Dalian University of Technology");
		assertThat(name.in(RU)).isEqualTo("Даляньский технологический университет");
		assertThat(name.in(BE)).isEqualTo("Даляньскі тэхналагічны ўніверсітэт");
		assertThat(name.in(ZH)).isEqualTo("大连理工大学");
		for (Locale locale : new Locale[] { Locale.ENGLISH, RU, BE, ZH }) {
			assertThat(name.fallbackLanguage(locale)).as(locale.toString()).isNull();
		}
	}

	@Test
	void aMissingFormFallsBackToRussianForBelarusianElseEnglishAndSaysSo() {
		LocalizedName name = new LocalizedName("Vadim Bogush", "Вадим Богуш", null, " ");
		assertThat(name.in(BE)).isEqualTo("Вадим Богуш");
		assertThat(name.fallbackLanguage(BE)).isEqualTo("ru");
		assertThat(name.in(ZH)).isEqualTo("Vadim Bogush");
		assertThat(name.fallbackLanguage(ZH)).isEqualTo("en");
		LocalizedName english = new LocalizedName("Joint Institute", null, null, null);
		assertThat(english.fallbackLanguage(BE)).isEqualTo("en");
		assertThat(english.fallbackLanguage(RU)).isEqualTo("en");
		assertThat(english.fallbackLanguage(Locale.ENGLISH)).isNull();
	}

}
