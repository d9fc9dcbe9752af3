package org.bcua.registry.site;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.bcua.registry.web.LocaleConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page, the search box in the header of every page, its suggestions, and the
 * faceted lists as a visitor reads them, in several languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/universities", "/universities/dut", "/agreements", "/people", "/meetings",
			"/search", "/search?q=Dalian", "/no/such/page" })
	void everyPageHasALabelledSearchBoxInItsHeader(String url) {
		Document page = Jsoup.parse(body(this.mvc.get().uri(url).exchange()));
		Element form = page.selectFirst("header.site-header form[role=search]");
		assertThat(form).as(url).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("aria-label")).isEqualTo("Search the registry");
		Element input = form.selectFirst("input[name=q]");
		assertThat(input).isNotNull();
		assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search the registry");
		assertThat(input.attr("data-suggest-url")).isEqualTo("/search/suggest");
		assertThat(page.select("script[src~=^/js/search(-[0-9a-f]{32})?\\.js$]")).hasSize(1);
		// a JSON-LD data block is never run, so the policy's script-src does not concern
		// it
		assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as("inline scripts").isEmpty();
		assertThat(page.select("[style]")).as("inline styles").isEmpty();
	}

	@Test
	void searchingInChineseFindsDalianUniversityOfTechnologyAndMarksWhatMatched() {
		Document page = page("/search?q=大连");
		assertThat(page.select("h1").text()).isEqualTo("Results for “大连”");
		assertThat(page.select("title").text()).startsWith("Search: 大连");
		assertThat(page.select("#site-search-q").val()).isEqualTo("大连");
		Element first = page.selectFirst("#results-UNIVERSITY ol.results > li");
		assertThat(first.selectFirst("a.result-title").attr("href")).isEqualTo("/universities/dut");
		assertThat(first.select("a.result-title mark").text()).isEqualTo("Dalian");
		assertThat(first.select(".original mark").text()).isEqualTo("大连");
		assertThat(first.select(".original").attr("lang")).isEqualTo("zh");
		assertThat(page.select("#results-AGREEMENT h2").text()).startsWith("Agreements (");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dalian", "dalian univ", "DUT", "大连", "大连理工", "Далянь", "Даляньский политехнический",
			"Dalain" })
	void everyFormOfTheNameFindsDalianUniversityOfTechnologyFirst(String query) {
		assertThat(firstResult("/search?q=" + query, "UNIVERSITY")).as(query).isEqualTo("/universities/dut");
	}

	@ParameterizedTest
	@ValueSource(strings = { "BSUIR", "bsuir", "БГУИР" })
	void everyFormOfTheAbbreviationFindsBsuirFirst(String query) {
		assertThat(firstResult("/search?q=" + query, "UNIVERSITY")).as(query).isEqualTo("/universities/bsuir");
	}

	@Test
	void peopleAreFoundInEitherScript() {
		assertThat(firstResult("/search?q=Bogush", "PERSON")).isEqualTo("/people/vadim-bogush");
		assertThat(firstResult("/search?q=Богуш", "PERSON")).isEqualTo("/people/vadim-bogush");
		assertThat(firstResult("/search?q=Xiang", "PERSON")).isEqualTo("/people/xiang-changle");
		assertThat(firstResult("/search?q=项昌乐", "PERSON")).isEqualTo("/people/xiang-changle");
	}

	@Test
	void theAbbreviationComputedFromTheRussianNameIsShownWithItsWordsMarkedWhole() {
		Element first = page("/search?q=БГУИР").selectFirst("#results-UNIVERSITY ol.results > li");
		assertThat(first.select(".original mark").eachText()).containsExactly("Белорусский", "государственный",
				"университет", "информатики", "радиоэлектроники");
		assertThat(first.select(".original").attr("lang")).isEqualTo("ru");
	}

	@Test
	void anExactAbbreviationRanksItsUniversityFirstWithItsWordsMarkedWhole() {
		assertThat(firstResult("/search?q=BSU", "UNIVERSITY")).isEqualTo("/universities/bsu");
		assertThat(firstResult("/search?q=БГУ", "UNIVERSITY")).isEqualTo("/universities/bsu");
		Element first = page("/search?q=BSU").selectFirst("#results-UNIVERSITY ol.results > li");
		assertThat(first.select("a.result-title mark").eachText()).containsExactly("Belarusian", "State", "University");
	}

	@Test
	void anAliasThatMatchedIsShownBesideTheName() {
		Element first = page("/search?q=ДПУ").selectFirst("#results-UNIVERSITY ol.results > li");
		assertThat(first.select(".also span[lang=ru]").text()).isEqualTo("ДПУ");
		assertThat(first.select(".also").text()).startsWith("Also known as: ДПУ");
		assertThat(first.select(".also .lang-tag .visually-hidden").text()).isEqualTo("in Russian");
	}

	@Test
	void resultsShowInTheChosenLanguageAndTheChoiceIsKept() {
		MvcTestResult result = this.mvc.get().uri("/search?q=Dalian&lang=zh").exchange();
		assertThat(result).hasStatusOk().cookies().containsCookie(LocaleConfiguration.COOKIE);
		Document page = Jsoup.parse(body(result));
		assertThat(page.select("html").attr("lang")).isEqualTo("zh");
		assertThat(page.select("h1").text()).isEqualTo("“Dalian”的搜索结果");
		Element first = page.selectFirst("#results-UNIVERSITY ol.results > li");
		assertThat(first.select("a.result-title").text()).isEqualTo("大连理工大学");
		assertThat(first.select("a.result-title mark").text()).isEqualTo("大连");
		assertThat(first.select(".original")).as("the name shown is the original").isEmpty();
		Document russian = Jsoup.parse(body(
				this.mvc.get().uri("/search?q=大连").cookie(new Cookie(LocaleConfiguration.COOKIE, "ru")).exchange()));
		assertThat(russian.select("h1").text()).isEqualTo("Результаты по запросу «大连»");
		assertThat(russian.select("#results-UNIVERSITY a.result-title").first().text())
			.isEqualTo("Даляньский политехнический университет");
	}

	@Test
	void anEmptySearchExplainsHowToSearchAndOffersExamples() {
		for (String url : new String[] { "/search", "/search?q=", "/search?q=%20%20", "/search?q=!!!" }) {
			Document page = page(url);
			assertThat(page.select("h1").text()).as(url).isEqualTo("Search the registry");
			assertThat(page.select("ul.examples a").eachAttr("href")).as(url).contains("/search?q=Dalian");
			assertThat(page.text()).contains("Abbreviations and small typos are fine.");
		}
	}

	@Test
	void aSearchThatFindsNothingSuggestsWhatToTry() {
		Document page = page("/search?q=qqqxxzzz");
		assertThat(page.select("p.lead").text()).isEqualTo("Nothing was found for “qqqxxzzz”.");
		assertThat(page.text()).contains("fewer words", "another language or script");
		assertThat(page.select("ul.examples a")).isNotEmpty();
	}

	@Test
	void aVeryLongQueryIsSearchedForItsBeginning() {
		Document page = page("/search?q=" + "Dalian%20".repeat(1250) + "x".repeat(1250));
		assertThat(page.select("p.note").text())
			.isEqualTo("Only the first 100 characters of the query were searched for.");
		assertThat(page.select("#results-UNIVERSITY a.result-title").first().attr("href"))
			.isEqualTo("/universities/dut");
	}

	@Test
	void aQueryWithANulByteIsSearchedWithoutIt() {
		Document page = page("/search?q=Dal%00ian%00");
		assertThat(page.select("#site-search-q").val()).isEqualTo("Dal ian");
		assertThat(exchange("/search?q=%00")).hasStatusOk();
		assertThat(exchange("/universities?q=%00&region=%00")).hasStatusOk();
		assertThat(exchange("/agreements?q=%00&area=%00&university=%00")).hasStatusOk();
	}

	@Test
	void markupInTheQueryIsShownAsText() {
		Document page = page("/search?q=%3Cscript%3Ealert(1)%3C/script%3E%3Cb%3E");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("main b")).isEmpty();
		assertThat(page.select("h1").text()).isEqualTo("Results for “<script>alert(1)</script><b>”");
	}

	@Test
	void moreResultsLeadToTheFacetedListsOrToOneKind() {
		Document page = page("/search?q=university");
		assertThat(page.select("#results-UNIVERSITY ol.results > li")).hasSize(SearchController.RESULTS_PER_KIND);
		assertThat(page.select("#results-UNIVERSITY a[href^=/universities?q=]").attr("href"))
			.isEqualTo("/universities?q=university");
		Document universities = page("/search?q=university&kind=UNIVERSITY");
		assertThat(universities.select("section.result-group")).hasSize(1);
		assertThat(universities.select("#results-UNIVERSITY ol.results > li").size()).isGreaterThan(10);
		assertThat(this.mvc.get().uri("/search?q=university&kind=NOTHING").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void suggestionsAreJsonWithLabelsInTheChosenLanguage() {
		MvcTestResult result = this.mvc.get()
			.uri("/search/suggest?q=dali&lang=ru")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$[0].url").isEqualTo("/universities/dut");
		assertThat(result).bodyJson().extractingPath("$[0].label").isEqualTo("Даляньский политехнический университет");
		assertThat(result).bodyJson().extractingPath("$[0].original").isEqualTo("大连理工大学");
		assertThat(result).bodyJson().extractingPath("$[0].originalLanguage").isEqualTo("zh");
		assertThat(result).bodyJson().extractingPath("$[0].kind").isEqualTo("Университет");
		assertThat(this.mvc.get().uri("/search/suggest?q=").exchange()).bodyJson().isEqualTo("[]");
		assertThat(this.mvc.get().uri("/search/suggest").exchange()).bodyJson().isEqualTo("[]");
		assertThat(this.mvc.get().uri("/search/suggest?q=" + "a".repeat(10_000)).exchange()).hasStatusOk();
	}

	@Test
	void facetLinksKeepTheOtherFiltersAndTheQuery() {
		Document page = page("/universities?q=university&membership=PARTICIPANT&page=1&size=5");
		Element china = page.select("#facet-country + ul a")
			.stream()
			.filter((link) -> link.text().startsWith("China"))
			.findFirst()
			.orElseThrow();
		assertThat(china.attr("href")).contains("q=university", "membership=PARTICIPANT", "country=CN", "size=5")
			.doesNotContain("page=");
		Element chosen = page.selectFirst("#facet-membership + ul a[aria-current=true]");
		assertThat(chosen.text()).startsWith("Took part in association events");
		assertThat(chosen.attr("href")).doesNotContain("membership=");
		assertThat(page.select("form.filters input[type=hidden][name=membership]").val()).isEqualTo("PARTICIPANT");
		assertThat(page.select("form.filters input[name=q]").val()).isEqualTo("university");
	}

	@Test
	void agreementFacetsShowInTheChosenLanguage() {
		Document page = page("/agreements?lang=be");
		assertThat(page.select("#facet-kind").text()).isEqualTo("Від");
		assertThat(page.select("#facet-area + ul .facet-label").eachText())
			.contains("Гуманітарнае супрацоўніцтва і гістарычная памяць");
		Document chinese = page("/agreements?country=RU&lang=zh");
		assertThat(chinese.select("#facet-country + ul a[aria-current=true] .facet-label").text()).isEqualTo("俄罗斯");
		assertThat(chinese.select("table.list tbody tr")).hasSize(1);
	}

	@Test
	void listsSearchedByTextOfferTheWholeSearch() {
		Document page = page("/agreements?q=Belt%20and%20Road");
		assertThat(page.select("table.list tbody tr td:first-child a").eachAttr("href"))
			.containsExactly("/agreements/2025-10-13-bsu-dut-joint-laboratory");
		assertThat(page.select("a[href^=/search?q=]").text()).isEqualTo("Search all records for “Belt and Road”");
	}

	private String firstResult(String url, String kind) {
		Element link = page(url).selectFirst("#results-" + kind + " ol.results > li a.result-title");
		return (link != null) ? link.attr("href") : null;
	}

	private Document page(String url) {
		MvcTestResult result = exchange(url);
		assertThat(result).as(url).hasStatusOk();
		return Jsoup.parse(body(result));
	}

	/**
	 * A request to a URL written as a browser sends it: percent-encoded parts are sent as
	 * they are, not encoded again.
	 */
	private MvcTestResult exchange(String url) {
		return url.contains("%") ? this.mvc.get().uri(URI.create(url)).exchange() : this.mvc.get().uri(url).exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
