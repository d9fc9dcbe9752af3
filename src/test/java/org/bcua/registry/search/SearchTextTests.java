package org.bcua.registry.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text rules shared by the index and the queries: normalization, transliteration with
 * ICU4J, initials, and the cleaning of what a visitor types.
 */
class SearchTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Dalian University           | dalian university
			ÉCOLE Łódź                  | ecole łodz
			Ёлка йод                    | елка иод
			ＤＵＴ                       | dut
			大连理工大学                  | 大连理工大学
			'  a \t\n b  '              | a b
			""")
	void normalizesCaseAccentsWidthAndSpaces(String text, String normalized) {
		assertThat(SearchText.normalize(text)).isEqualTo(normalized);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Далянь                                    | dalyan              | dalyan
					Богуш                                     | bogush              | bogush
					Даляньский политехнический университет    | dalyanskiy politekhnicheskiy universitet | dalyanskiy politekhnicheskiy universitet
					Беларускі дзяржаўны                       | belaruski dzyarzhawny | belaruski dzyarzhawny
					大连                                      | da lian             | dalian
					大连理工大学                               | da lian li gong da xue | dalianligongdaxue
					项昌乐                                    | xiang chang le      | xiangchangle
					BSU-DUT 大连                              | bsu dut da lian     | bsu dut dalian
					Xi'an                                     | xian                | xian
					""")
	void transliteratesCyrillicByBgnAndHanToPinyin(String text, String spaced, String joined) {
		SearchText.Latin latin = SearchText.latin(text);
		assertThat(latin.spaced()).isEqualTo(spaced);
		assertThat(latin.joined()).isEqualTo(joined);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Belarusian State University of Informatics and Radioelectronics          | bsuir
			Белорусский государственный университет информатики и радиоэлектроники   | бгуир
			Dalian University of Technology                                         | dut
			Даляньский политехнический университет                                  | дпу
			Vitebsk State University named after P.M. Masherov                      | vsu
			Гомельский государственный университет имени Франциска Скорины           | ггу
			""")
	void computesInitialsOfSignificantWords(String name, String initials) {
		assertThat(SearchText.initials(name)).isEqualTo(initials);
	}

	@Test
	void computesNoInitialsForShortOrHanNames() {
		assertThat(SearchText.initials("Tianjin University")).isNull();
		assertThat(SearchText.initials("BSUIR")).isNull();
		assertThat(SearchText.initials("大连理工大学")).isNull();
	}

	@Test
	void aQueryLosesControlCharactersAndIsCutToItsMaximumLength() {
		SearchQuery nul = SearchQuery.of("Dal\u0000ian\u200B");
		assertThat(nul.typed()).isEqualTo("Dal ian");
		assertThat(nul.shortened()).isFalse();
		SearchQuery longQuery = SearchQuery.of("大".repeat(10_000));
		assertThat(longQuery.shortened()).isTrue();
		assertThat(longQuery.typed()).hasSize(SearchQuery.MAX_LENGTH);
		assertThat(SearchQuery.of("😀".repeat(200)).typed().codePointCount(0, SearchQuery.MAX_LENGTH * 2))
			.isEqualTo(SearchQuery.MAX_LENGTH);
	}

	@Test
	void aQueryWithoutLettersOrDigitsIsEmpty() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of(" ?! -- ").isEmpty()).isTrue();
		assertThat(SearchQuery.of("\u0000").isEmpty()).isTrue();
		assertThat(SearchQuery.of("a").isEmpty()).isFalse();
	}

	@Test
	void aQueryMakesAPrefixTsQueryOfOnlyLettersAndDigits() {
		assertThat(SearchQuery.of("Dalian univ.").tsQuery("")).isEqualTo("('dalian':* & 'univ':*)");
		assertThat(SearchQuery.of("Dalian").tsQuery("AB")).isEqualTo("('dalian':*AB)");
		assertThat(SearchQuery.of("Далянь").tsQuery("")).isEqualTo("('далянь':*) | ('dalyan':*)");
		assertThat(SearchQuery.of("大连").tsQuery("")).isEqualTo("('大连':*) | ('dalian':*)");
		assertThat(SearchQuery.of("x':* | !y").tsQuery("")).isEqualTo("('x':* & 'y':*)");
	}

	@Test
	void hanWordsAreIndexedByEverySuffixInHanAndPinyin() {
		assertThat(SearchText.hanSuffixes("大连理工 dut")).containsExactly("大连理工", "dalianligong", "连理工", "lianligong",
				"理工", "ligong", "工", "gong");
		assertThat(SearchText.hanSuffixes("大学第1号")).containsExactly("大学第", "daxuedi", "学第", "xuedi", "第", "di", "号",
				"hao");
	}

	@Test
	void aQueryIsCorrectedWordByWord() {
		SearchQuery query = SearchQuery.of("Dalain Univrsity of BSU");
		assertThat(query.correctableWords()).containsExactly("dalain", "univrsity");
		assertThat(query.replacing(java.util.Map.of("dalain", "dalian")).text()).isEqualTo("dalian univrsity of bsu");
	}

	@Test
	void guessesTheLanguageOfANameFromItsScript() {
		assertThat(SearchText.languageOf("大连理工大学")).isEqualTo("zh");
		assertThat(SearchText.languageOf("Даляньский")).isEqualTo("ru");
		assertThat(SearchText.languageOf("Беларускі")).isEqualTo("be");
		assertThat(SearchText.languageOf("Dalian")).isEqualTo("en");
	}

}
