package org.bcua.registry.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.bcua.registry.search.SearchIndexUpdated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every public page of the running application against the real data on the
 * embedded PostgreSQL, and checks what a visitor reads on it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private PageCache pageCache;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void homeShowsFiguresComputedFromTheDataAndTheLatestAgreements() {
		Document home = page("/");
		assertThat(home.select("h1").text()).isEqualTo("Association of Universities of Belarus and China");
		assertThat(home.select("dl.figures dd").eachText()).isNotEmpty();
		assertThat(home.select("#latest-heading + table tbody tr")).hasSize(5); // HomeController.LATEST
		assertThat(home.select("a[href=/meetings/2025-10-13-minsk]")).isNotEmpty();
	}

	@Test
	void universitiesListFiltersByCountryAndMembership() {
		Document coLeads = page("/universities?membership=CO_LEAD");
		assertThat(coLeads.select("table.list tbody tr td:first-child a").eachText()).containsExactly(
				"Belarusian State University of Informatics and Radioelectronics", "Dalian University of Technology");
		Document chinese = page("/universities?country=CN&membership=CO_LEAD");
		assertThat(chinese.select("table.list tbody tr")).hasSize(1);
		assertThat(chinese.select("#facet-country + ul a[aria-current=true]").text()).startsWith("China");
	}

	/**
	 * A phone reads the count and the active filters before the facets, which fold into a
	 * closed "Filters (n)" disclosure; each active filter links to the list without it.
	 */
	@Test
	void facetedListsShowTheActiveFiltersFirstAndFoldTheFacets() {
		Document chinese = page("/universities?country=CN&membership=CO_LEAD&q=Dalian");
		Element faceted = chinese.selectFirst("div.faceted");
		assertThat(faceted.children().eachAttr("class")).containsExactly("list-summary", "facets", "faceted-main");
		Element fold = faceted.selectFirst("aside.facets > details.facets-fold");
		assertThat(fold.hasAttr("open")).isFalse();
		assertThat(fold.selectFirst("summary").text()).isEqualTo("Filters (2)");
		assertThat(fold.select("#facet-country + ul a[aria-current=true]").text()).startsWith("China");
		assertThat(chinese.select(".list-summary ul.active-filters a")).extracting((link) -> link.attr("href"))
			.containsExactlyInAnyOrder("/universities?membership=CO_LEAD&q=Dalian",
					"/universities?country=CN&q=Dalian");
		assertThat(chinese.select(".list-summary ul.active-filters a").eachText()).containsExactlyInAnyOrder(
				"Country: China (remove this filter)", "Membership: Co-lead of the association (remove this filter)");

		Document all = page("/agreements?lang=zh");
		assertThat(all.select("ul.active-filters")).isEmpty();
		assertThat(all.selectFirst("details.facets-fold summary").text()).isEqualTo("筛选条件");
	}

	@Test
	void universitiesListPaginatesAndKeepsTheFilters() {
		Document first = page("/universities?country=BY&size=5");
		assertThat(first.select("table.list tbody tr")).hasSize(5);
		Element next = first.selectFirst("a[rel=next]");
		assertThat(next).isNotNull();
		assertThat(next.attr("href")).contains("country=BY").contains("size=5").contains("page=2");
	}

	/**
	 * Names are sorted as a reader of the language expects: in Chinese by pinyin, the
	 * names known in Chinese first (白俄罗斯 bái before 北京 běi before 大连 dà), then those
	 * shown in English; in Russian alphabetically.
	 */
	@Test
	void listsSortNamesInTheAlphabeticalOrderOfTheLanguage() {
		java.util.List<String> chinese = page("/universities?size=100&lang=zh")
			.select("table.list tbody td:first-child a")
			.eachText();
		assertThat(chinese).containsSubsequence("白俄罗斯国立大学", "北京大学", "大连理工大学", "哈尔滨工业大学", "徐州医科大学",
				"Beijing International Studies University");
		java.util.List<String> russian = page("/universities?size=100&lang=ru")
			.select("table.list tbody td:first-child a")
			.eachText();
		java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("ru"));
		java.util.List<String> cyrillic = russian.stream().filter((name) -> name.matches("^[А-Яа-яЁё].*")).toList();
		assertThat(cyrillic).hasSizeGreaterThan(5).isSortedAccordingTo(collator);
	}

	@Test
	void universityProfileShowsNamesMembershipAgreementsPeopleAndSources() {
		Document dut = page("/universities/dut");
		assertThat(dut.select("h1").text()).isEqualTo("Dalian University of Technology");
		assertThat(dut.select("p.original span[lang=zh]").text()).isEqualTo("大连理工大学");
		assertThat(dut.select("p.original .lang-tag [aria-hidden=true]").text()).isEqualTo("ZH");
		assertThat(dut.select("p.original .lang-tag .visually-hidden").text()).isEqualTo("in Chinese");
		assertThat(dut.text()).contains("Даляньский политехнический университет", "Rendering used in the press")
			.contains("Co-lead of the association")
			.contains("Declaration on cooperation in higher education between Chinese and Belarusian universities")
			.contains("Xiang Changle");
		assertThat(dut.select("#agreements-heading ~ table td:nth-child(2)").text())
			.contains("Belarusian State University of Informatics and Radioelectronics");
		assertThat(dut.select(".sources li")).isNotEmpty();
		assertThat(dut.select(".sources .badge").eachText()).contains("high confidence");
	}

	@Test
	void declarationListsBothSignatoriesWithTheirUniversitiesAndTheDate() {
		Document declaration = page("/agreements/2025-10-13-declaration-higher-education");
		assertThat(declaration.select("h1").text())
			.isEqualTo("Declaration on cooperation in higher education between Chinese and Belarusian universities");
		assertThat(declaration.select("table.parties-table tbody tr")).hasSize(2);
		assertThat(rowOf(declaration, "Belarusian State University of Informatics and Radioelectronics").text())
			.contains("Vadim Bogush", "Rector", "13 October 2025");
		assertThat(rowOf(declaration, "Dalian University of Technology").text()).contains("Xiang Changle",
				"Secretary of the Party Committee", "13 October 2025");
		assertThat(declaration.select("a[href=/meetings/2025-10-13-minsk]")).isNotEmpty();
		assertThat(declaration.select("#areas-heading + ul li")).hasSize(5);
		assertThat(declaration.select(".sources a[href^=https://news.by]")).isNotEmpty();
	}

	@Test
	void agreementsListFiltersByKindYearStatusAndUniversity() {
		Document declarations = page("/agreements?kind=DECLARATION&year=2025&university=bsuir&status=SIGNED");
		assertThat(declarations.select("table.list tbody tr td:first-child a").eachText()).containsExactly(
				"Declaration on cooperation in higher education between Chinese and Belarusian universities");
		Document none = page("/agreements?status=TERMINATED");
		assertThat(none.text()).contains("Nothing matches these filters.");
		assertThat(none.select("main a[href=/agreements]").eachText()).contains("Show the whole list");
		Document noUniversity = page("/universities?q=qqqxxzzz");
		assertThat(noUniversity.text()).contains("Nothing matches these filters.");
		assertThat(noUniversity.select("main a[href=/universities]").eachText()).contains("Show the whole list");
		assertThat(noUniversity.select("main a[href^=/search?q=]").eachText())
			.containsExactly("Search all records for “qqqxxzzz”");
	}

	@Test
	void agreementDatesKeepTheirPrecision() {
		Document list = page("/agreements?size=100");
		assertThat(list.select("time").eachText()).contains("2019", "13 October 2025", "June 2024");
	}

	@Test
	void relatedAgreementsAreLinkedBothWays() {
		Document memorandum = page("/agreements/2024-11-04-bsu-pku-memorandum-fundamental-research-center");
		assertThat(memorandum.select("#related-heading + ul").text()).contains("Implemented by");
	}

	@Test
	void personPageShowsPositionsAndAgreementsSigned() {
		Document xiang = page("/people/xiang-changle");
		assertThat(xiang.select("h1").text()).isEqualTo("Xiang Changle");
		assertThat(xiang.text()).contains("项昌乐", "Secretary of the Party Committee", "Dalian University of Technology");
		assertThat(xiang.select("#signed-heading ~ table a").eachAttr("href"))
			.contains("/agreements/2025-10-13-declaration-higher-education");
	}

	/**
	 * A position held within one year shows that year once, whatever the language.
	 */
	@Test
	void positionsShowTheirPeriodsOnce() {
		Document bogush = page("/people/vadim-bogush");
		assertThat(bogush.select(".period").eachText()).contains("2025")
			.noneMatch((text) -> text.matches(".*2025.*2025.*"));
		assertThat(page("/people/vadim-bogush?lang=zh").select(".period").eachText()).contains("2025年");
		assertThat(page("/people?size=100").select(".period").eachText())
			.noneMatch((text) -> text.matches("(\\d{4}).*\\1") || text.contains("…"));
	}

	@Test
	void peopleListShowsEveryoneWithPositions() {
		Document people = page("/people?size=100");
		assertThat(people.select("table.list tbody tr td:first-child a").eachText()).contains("Vadim Bogush",
				"Xiang Changle");
	}

	@Test
	void meetingsShowInferredNumbering() {
		Document meetings = page("/meetings");
		assertThat(meetings.select("table.list tbody tr")).hasSize(3);
		assertThat(meetings.select("table.list tbody td:first-child").eachText()).containsExactly("3", "2 (inferred)",
				"1 (inferred)");
	}

	@Test
	void meetingPageListsAgreementsSignedThereAndAttendance() {
		Document meeting = page("/meetings/2025-10-13-minsk");
		assertThat(meeting.select("h1").text()).contains("3rd meeting");
		assertThat(meeting.select("#agreements-heading ~ table a").eachAttr("href"))
			.contains("/agreements/2025-10-13-declaration-higher-education");
		assertThat(meeting.select("dl.facts").text()).contains("13–16 October 2025");
		assertThat(meeting.select("#attendance-heading + ul li")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/universities/no-such-slug", "/agreements/no-such-slug", "/people/no-such-slug",
			"/meetings/no-such-slug", "/no/such/page" })
	void unknownAddressesGiveTheNotFoundPageInTheLayout(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		Document page = parse(result);
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("header.site-header")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/universities?page=-1", "/universities?page=abc", "/universities?size=1000000000",
			"/universities?country=XX", "/universities?sort=nonsense", "/agreements?kind=UNKNOWN",
			"/agreements?year=abc", "/agreements?page=0", "/people?size=0", "/agreements?year=99999999999" })
	void badParametersGiveTheBadRequestPage(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = parse(result);
		assertThat(page.select("h1").text()).isEqualTo("This address is not understood");
		assertThat(page.text()).doesNotContain("Exception");
	}

	@Test
	void anUnknownUniversityFilterValueFindsNothing() {
		Document page = page("/agreements?university=no-such-university");
		assertThat(page.text()).contains("Nothing matches these filters.");
	}

	/**
	 * Each page runs a fixed set of queries, each once: the numbers do not grow with the
	 * rows shown. A list's page that holds every row needs one statement less (no count
	 * query); pages whose records have optional parts (evidence naming meetings, sources
	 * of evidence) run the query for those parts once. The faceted lists (universities,
	 * agreements) count their facets in one statement, which also gives the total (the
	 * agreements list then reads the ids it lists in one more; both are kept until the
	 * next write, and a page of a kept list reads only its agreements and their parties).
	 * The search page finds its matches in one statement (two when a kind has more than a
	 * hundred) and reads each kind of record it found in one more (agreements with their
	 * parties in two); a query that matches nothing looks for corrections of its words
	 * (two statements) and searches again. Each record's page reads its public change log
	 * in one more query, whatever the number of revisions.
	 */
	@Test
	void everyPageReadsItsDataInAFixedNumberOfStatements() {
		QueryCounter counter = new QueryCounter(this.entityManagerFactory);
		assertThat(counter.count(() -> rendered("/"))).as("home").isEqualTo(7);
		assertThat(counter.count(() -> rendered("/universities?size=1"))).as("universities, one row").isEqualTo(3);
		assertThat(counter.count(() -> rendered("/universities?size=100"))).as("universities, all rows").isEqualTo(3);
		assertThat(counter.count(() -> rendered("/universities?q=university&country=BY&size=1")))
			.as("universities, searched, one row")
			.isEqualTo(3);
		assertThat(counter.count(() -> rendered("/universities/dut"))).as("university").isEqualTo(7);
		assertThat(counter.count(() -> rendered("/universities/bsu"))).as("university with attendance").isEqualTo(9);
		assertThat(counter.count(() -> rendered("/agreements?size=1"))).as("agreements, one row").isEqualTo(4);
		assertThat(counter.count(() -> rendered("/agreements?size=100"))).as("agreements, all rows").isEqualTo(4);
		assertThat(counter.count(() -> rendered("/agreements?q=dalian&country=BY&size=1")))
			.as("agreements, searched, one row")
			.isEqualTo(4);
		rendered("/agreements?size=1");
		assertThat(counter.count(() -> page("/agreements?size=1&page=2"))).as("agreements, counts and ids kept")
			.isEqualTo(2);
		assertThat(counter.count(() -> rendered("/agreements/2025-10-13-declaration-higher-education"))).as("agreement")
			.isEqualTo(6);
		assertThat(counter.count(() -> rendered("/agreements/2023-11-21-founding-agreement")))
			.as("agreement, six parties")
			.isEqualTo(6);
		assertThat(counter.count(() -> rendered("/people?size=1"))).as("people, one row").isEqualTo(3);
		assertThat(counter.count(() -> rendered("/people?size=100"))).as("people, all rows").isEqualTo(2);
		assertThat(counter.count(() -> rendered("/people/vadim-bogush"))).as("person").isEqualTo(6);
		assertThat(counter.count(() -> rendered("/meetings"))).as("meetings").isEqualTo(2);
		assertThat(counter.count(() -> rendered("/meetings/2025-10-13-minsk"))).as("meeting").isEqualTo(7);
		assertThat(counter.count(() -> rendered("/meetings/2024-05-22-dalian"))).as("another meeting").isEqualTo(7);
		assertThat(counter.count(() -> rendered("/search"))).as("search, empty").isZero();
		assertThat(counter.count(() -> rendered("/search?q=dalian"))).as("search, three kinds").isEqualTo(5);
		assertThat(counter.count(() -> rendered("/search?q=university"))).as("search, many rows").isEqualTo(5);
		assertThat(counter.count(() -> rendered("/search?q=Bogush"))).as("search, person and meeting").isEqualTo(3);
		assertThat(counter.count(() -> rendered("/search?q=Dalain"))).as("search, typo corrected").isEqualTo(8);
	}

	/**
	 * WCAG 3.1.2, language of parts: a name the registry knows only in English, shown in
	 * a Russian, Belarusian or Chinese page, says it is English, and a Belarusian page
	 * showing a Russian name says it is Russian. Names in the page's own language carry
	 * no language of their own.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/universities?size=100", "/agreements?size=100", "/people?size=100", "/meetings",
			"/agreements/2023-11-21-founding-agreement", "/universities/dut", "/search?q=university" })
	void namesFallingBackToAnotherLanguageSayWhichItIs(String url) {
		for (String language : new String[] { "ru", "be", "zh" }) {
			Document document = page(url + (url.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(document.selectFirst("html").attr("lang")).isEqualTo(language);
			java.util.List<Element> links = document
				.select("main a[href~=^/(universities|people|agreements|meetings)/]");
			assertThat(links).as(url).isNotEmpty();
			for (Element link : links) {
				String text = link.text();
				if (text.isBlank() || !text.chars().anyMatch(Character::isLetter)) {
					continue;
				}
				String declared = languageOf(link);
				boolean latin = text.codePoints()
					.filter(Character::isLetter)
					.allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
				if (latin) {
					assertThat(declared).as("%s in %s: %s", url, language, text).isEqualTo("en");
				}
				else if (declared.equals(language)) {
					boolean han = text.codePoints()
						.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
					assertThat(han).as("%s in %s: %s", url, language, text).isEqualTo(language.equals("zh"));
				}
			}
		}
	}

	/**
	 * Issue 14: in Chinese, every university whose data has a Chinese name shows it as
	 * the heading of its page, including those V9 named (Polotsk, Brest, Tongji, Zhejiang
	 * Shuren).
	 */
	@Test
	void everyUniversityKnownInChineseIsHeadedInChinese() {
		Map<String, String> chinese = new LinkedHashMap<>();
		RowCallbackHandler put = (row) -> chinese.put(row.getString(1), row.getString(2));
		this.jdbc.query("select slug, name_zh from university where name_zh is not null and archived_at is null", put);
		assertThat(chinese).containsEntry("psu-polotsk", "波洛茨克国立大学")
			.containsEntry("brstu", "布列斯特国立技术大学")
			.containsEntry("tongji", "同济大学")
			.containsEntry("zjsru", "浙江树人学院")
			.containsEntry("dut", "大连理工大学");
		chinese.forEach(
				(slug, name) -> assertThat(rendered("/universities/" + slug + "?lang=zh").select("h1").text()).as(slug)
					.isEqualTo(name));
	}

	/**
	 * Issue 14, for the other records: a person, meeting or agreement with a Chinese name
	 * or title shows it as the heading of its page in Chinese.
	 */
	@Test
	void everyRecordKnownInChineseIsHeadedInChinese() {
		Map<String, String> chinese = new LinkedHashMap<>();
		RowCallbackHandler put = (row) -> chinese.put(row.getString(1), row.getString(2));
		this.jdbc.query("select '/people/' || slug, name_zh from person where name_zh is not null "
				+ "and archived_at is null and published", put);
		this.jdbc.query("select '/meetings/' || slug, title_zh from meeting where title_zh is not null "
				+ "and archived_at is null", put);
		this.jdbc.query("select '/agreements/' || slug, title_zh from agreement where title_zh is not null "
				+ "and archived_at is null and publication = 'PUBLISHED'", put);
		assertThat(chinese).containsEntry("/people/andrei-karol", "科罗利")
			.containsEntry("/meetings/2023-11-21-minsk", "“中国-白俄罗斯大学联盟”成立仪式")
			.containsEntry("/agreements/2010-09-26-china-russia-belarus-university-alliance", "《中国-俄罗斯-白俄罗斯大学联盟框架协议》");
		chinese
			.forEach((url, name) -> assertThat(rendered(url + "?lang=zh").select("h1").text()).as(url).isEqualTo(name));
	}

	@Test
	void placesAreShownInTheReadersLanguageWhereTheVocabularyKnowsThem() {
		assertThat(rendered("/universities/dut?lang=zh").select("dl.facts dd").eachText()).contains("大连，辽宁");
		assertThat(rendered("/universities/dut?lang=ru").select("dl.facts dd").eachText()).contains("Далянь, Ляонин");
		// no Belarusian form in the vocabulary: the stored text, marked as English
		assertThat(rendered("/universities/dut?lang=be").select("dl.facts dd span[lang=en]").eachText())
			.containsExactly("Dalian", "Liaoning");
		assertThat(rendered("/universities/dut?lang=be").select("dl.facts dd .lang-tag .visually-hidden").eachText())
			.containsExactly("на англійскай", "на англійскай");
		assertThat(rendered("/universities/dut").select("dl.facts dd").eachText()).contains("Dalian, Liaoning");
		assertThat(rendered("/meetings/2025-10-13-minsk?lang=zh").select("dl dd").text()).contains("明斯克");
		assertThat(rendered("/meetings?lang=be").select("td").eachText()).contains("Мінск");
		assertThat(rendered("/universities?size=100&lang=ru").select("td").eachText()).contains("Харбин");
	}

	@Test
	void thePolotskRectorsSourcesDisagreeOnThePage() {
		String page = rendered("/agreements/2022-04-08-zjsru-polotsk-cooperation-agreement?lang=zh").text();
		assertThat(page).contains("Romanov Oleg Alexandrovich").contains("罗曼诺夫斯基·尤里·亚岑托维奇");
		String university = rendered("/universities/psu-polotsk").text();
		assertThat(university).contains("Romanov Oleg Alexandrovich").contains("罗曼诺夫斯基·尤里·亚岑托维奇");
	}

	private static String languageOf(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			if (at.hasAttr("lang")) {
				return at.attr("lang");
			}
		}
		return "";
	}

	/**
	 * The page as rendered now, not as kept by the page cache.
	 */
	/**
	 * The page as rendered when nothing is kept: neither the page itself nor the facet
	 * counts of its list (both are dropped when the search index changes).
	 */
	private Document rendered(String url) {
		this.events.publishEvent(new SearchIndexUpdated(0));
		return page(url);
	}

	private Document page(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).as(url).hasStatusOk();
		return parse(result);
	}

	private static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element rowOf(Document document, String university) {
		return document.select("table.parties-table tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().contains(university))
			.findFirst()
			.orElseThrow();
	}

}
