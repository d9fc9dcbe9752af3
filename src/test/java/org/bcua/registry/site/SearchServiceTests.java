package org.bcua.registry.site;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.search.Highlighter;
import org.bcua.registry.search.SearchHit;
import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchMatches;
import org.bcua.registry.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-script cases of the search against the real data on the embedded PostgreSQL,
 * indexed at start as the application does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SearchServiceTests {

	@Autowired
	private SearchMatches matches;

	@Autowired
	private SearchService search;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "Dalian", "dalian univ", "DUT", "大连", "大连理工", "Далянь", "Даляньский политехнический",
			"Dalain", "dalian university of technology", "DALIAN" })
	void findsDalianUniversityOfTechnologyFirstAmongUniversities(String query) {
		assertThat(universities(query)).as(query).first().isEqualTo("dut");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "BSUIR", "bsuir", "БГУИР", "бгуир", "Белорусский государственный университет информатики" })
	void findsBsuirFirstAmongUniversities(String query) {
		assertThat(universities(query)).as(query).first().isEqualTo("bsuir");
	}

	/**
	 * An abbreviation that is exactly a university's ranks it above the longer names that
	 * merely start with its letters (BSUIR, БГУИР for "BSU", "БГУ"), and its page shows
	 * the words of the name whole, not their scattered first letters.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "BSU", "bsu", "БГУ", "БДУ" })
	void findsBsuFirstForItsAbbreviation(String query) {
		List<String> found = universities(query);
		assertThat(found).as(query).first().isEqualTo("bsu");
	}

	@Test
	void marksTheWholeWordsOfAnAbbreviation() {
		Highlighter highlighter = new Highlighter(SearchQuery.of("BSU"));
		assertThat(highlighter.highlight("Belarusian State University"))
			.hasToString("[Belarusian] [State] [University]");
		assertThat(highlighter.highlight("Belarusian State University of Informatics and Radioelectronics"))
			.hasToString("Belarusian State University of Informatics and Radioelectronics");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bogush", "Богуш", "bogush", "Vadim" })
	void findsVadimBogush(String query) {
		assertThat(slugs(query, SearchKind.PERSON)).as(query).first().isEqualTo("vadim-bogush");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Xiang", "项昌乐", "Xiang Changle", "Сян" })
	void findsXiangChangle(String query) {
		assertThat(slugs(query, SearchKind.PERSON)).as(query).first().isEqualTo("xiang-changle");
	}

	@Test
	void findsAgreementsByTitleAndSummary() {
		assertThat(slugs("declaration higher education", SearchKind.AGREEMENT)).first()
			.isEqualTo("2025-10-13-declaration-higher-education");
		assertThat(slugs("Belt and Road", SearchKind.AGREEMENT)).contains("2025-10-13-bsu-dut-joint-laboratory");
		assertThat(slugs("БГУ-ДПУ", SearchKind.AGREEMENT)).contains("2019-bsu-dut-joint-institute");
	}

	@Test
	void findsMeetings() {
		assertThat(slugs("3rd meeting", SearchKind.MEETING)).first().isEqualTo("2025-10-13-minsk");
		assertThat(slugs("заседание", SearchKind.MEETING)).contains("2025-10-13-minsk");
	}

	@Test
	void marksWhatMatchedInTheNameShown() {
		SearchResults results = this.search.search(SearchQuery.of("Далянь"), Locale.ENGLISH, 10);
		SearchResults.Result dut = results.groups().get(0).results().get(0);
		assertThat(dut.title()).hasToString("[Dalian] University of Technology");
		assertThat(this.search.search(SearchQuery.of("大连"), Locale.ENGLISH, 10)
			.groups()
			.get(0)
			.results()
			.get(0)
			.original()).hasToString("[大连]理工大学");
		assertThat(this.search.search(SearchQuery.of("dalian"), Locale.CHINESE, 10)
			.groups()
			.get(0)
			.results()
			.get(0)
			.title()).hasToString("[大连]理工大学");
	}

	@Test
	void showsTheOtherNameThatMatched() {
		SearchResults.Result bsuir = this.search.search(SearchQuery.of("БГУИР"), Locale.ENGLISH, 10)
			.groups()
			.get(0)
			.results()
			.get(0);
		// "bguir" is one letter from "bsuir", the English initials: the words are marked
		// whole
		assertThat(bsuir.title())
			.hasToString("[Belarusian] [State] [University] of [Informatics] and [Radioelectronics]");
		assertThat(bsuir.original())
			.hasToString("[Белорусский] [государственный] [университет] [информатики] и [радиоэлектроники]");
		SearchResults.Result dut = this.search.search(SearchQuery.of("ДПУ"), Locale.ENGLISH, 10)
			.groups()
			.get(0)
			.results()
			.get(0);
		assertThat(dut.title().matched()).isFalse();
		assertThat(dut.alsoKnownAs()).hasToString("[ДПУ]");
	}

	@Test
	void groupsByKindInOrderWithTotals() {
		SearchResults results = this.search.search(SearchQuery.of("Dalian"), Locale.ENGLISH, 2);
		assertThat(results.groups()).extracting(SearchResults.Group::kind)
			.containsExactly(SearchKind.UNIVERSITY, SearchKind.AGREEMENT, SearchKind.MEETING);
		SearchResults.Group agreements = results.groups().get(1);
		assertThat(agreements.results()).hasSize(2);
		assertThat(agreements.total()).isGreaterThan(2);
		assertThat(agreements.hasMore()).isTrue();
	}

	@Test
	void aQueryMatchingMoreThanTheWindowReadsTheMostProminentMatches() {
		List<SearchHit> hits = this.matches.best(SearchQuery.of("university"), 3, 5, SearchKind.UNIVERSITY);
		assertThat(hits).hasSize(3).allSatisfy((hit) -> assertThat(hit.total()).isEqualTo(5));
		assertThat(this.jdbc.queryForList("select slug from university where id in (?, ?, ?) order by slug",
				String.class, hits.get(0).id(), hits.get(1).id(), hits.get(2).id()))
			.contains("bsuir", "dut");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "!!!", "\u0000", "%", "'", "\\", "--", "*:" })
	void anEmptyQueryFindsNothingWithoutAnError(String query) {
		assertThat(this.search.search(SearchQuery.of(query), Locale.ENGLISH, 10).isEmpty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "qqqxxzzz", "Dalian\u0000", "a'b", "x:*", "(", "a & b | !c", "\uD800", "ß", "Ωμέγα", "한국어",
			"😀 Dalian" })
	void oddQueriesAnswerWithoutAnError(String query) {
		assertThat(this.search.search(SearchQuery.of(query), Locale.ENGLISH, 10)).isNotNull();
	}

	@Test
	void aVeryLongQueryIsShortened() {
		SearchQuery query = SearchQuery.of("Dalian ".repeat(2000));
		assertThat(query.shortened()).isTrue();
		assertThat(query.typed().length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(this.search.search(query, Locale.ENGLISH, 10).isEmpty()).isFalse();
	}

	@Test
	void suggestsTheBestMatchesOfEveryKind() {
		List<Suggestion> suggestions = this.search.suggest(SearchQuery.of("dali"), Locale.forLanguageTag("ru"), 8);
		assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(8);
		assertThat(suggestions.get(0).path()).isEqualTo("/universities/dut");
		assertThat(suggestions.get(0).label()).isEqualTo("Даляньский политехнический университет");
	}

	private List<String> universities(String query) {
		return slugs(query, SearchKind.UNIVERSITY);
	}

	private List<String> slugs(String query, SearchKind kind) {
		return this.search.search(SearchQuery.of(query), Locale.ENGLISH, 20)
			.groups()
			.stream()
			.filter((group) -> group.kind() == kind)
			.flatMap((group) -> group.results().stream())
			.map(SearchResults.Result::slug)
			.toList();
	}

}
