package org.bcua.registry.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The history shows values as the public pages show them, in the interface language:
 * vocabulary values by their labels, a date and its precision as one formatted date, yes
 * and no, records by their names; never codes such as {@code COOPERATION_AGREEMENT},
 * {@code MONTH} or {@code false}.
 */
@AdminTest
class HistoryLabelsTests {

	private static final RequestPostProcessor EDITOR = user("editor-history").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void historyShowsLabelsFormattedDatesAndNamesInTheInterfaceLanguage() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", "Agreement whose history is read");
		form.put("kind", "COOPERATION_AGREEMENT");
		form.put("status", "SIGNED");
		form.put("signed", "2025-11");
		form.put("parties[0].universityId", id("dut"));
		form.put("parties[1].universityId", id("bsuir"));
		form.put("sources[0].url", "https://example.org/history-2025");
		form.put("sources[0].confidence", "MEDIUM");
		assertThat(post("/admin/agreements/new", form)).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from agreement where title_en = ?", Long.class,
				"Agreement whose history is read");
		Map<String, String> edited = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/agreements/" + id).with(EDITOR).exchange()));
		edited.put("kind", "MEMORANDUM");
		edited.put("signed", "2025-11-29");
		edited.put("associationInstrument", "true");
		assertThat(post("/admin/agreements/" + id, edited)).hasStatus(HttpStatus.FOUND);

		Document english = history(id, "en");
		Element change = english.selectFirst(".history-change");
		assertThat(row(change, "Kind")).isEqualTo("Cooperation agreement → Memorandum");
		assertThat(row(change, "Signed")).isEqualTo("November 2025 → 29 November 2025");
		assertThat(row(change, "Instrument of the association")).isEqualTo("no → yes");
		assertThat(change.select("th[scope=row]").eachText()).doesNotContain("Precision of the signing date");
		Element created = english.select(".history-change").last();
		assertThat(row(created, "Publication")).isEqualTo(" → Draft");
		assertThat(row(created, "Parties and signatories")).contains("Dalian University of Technology");
		assertThat(row(created, "Sources")).contains("medium confidence");
		assertThat(english.select(".history").text()).doesNotContain("COOPERATION_AGREEMENT", "MEMORANDUM", "MONTH",
				"DAY", "DRAFT", "MEDIUM", "false", "true", "2025-11-29");

		Document chinese = history(id, "zh");
		Element changeZh = chinese.selectFirst(".history-change");
		assertThat(row(changeZh, "类型")).isEqualTo("合作协议 → 备忘录");
		assertThat(row(changeZh, "签署日期")).isEqualTo("2025年11月 → 2025年11月29日");
		assertThat(row(changeZh, "联盟文件")).isEqualTo("否 → 是");
		assertThat(row(chinese.select(".history-change").last(), "各方及签署人")).contains("大连理工大学");
	}

	/**
	 * The codes the issue names (FOUNDING_AGREEMENT, DAY, HIGH, CO_LEAD) and a position
	 * title's kind (RECTOR) never reach the history in any of the four languages.
	 */
	@Test
	void noLanguageShowsTheCodesOfTheVocabularies() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", "Founding agreement whose history is read in four languages");
		form.put("kind", "FOUNDING_AGREEMENT");
		form.put("status", "SIGNED");
		form.put("signed", "2021-02-03");
		form.put("parties[0].universityId", id("xzmu"));
		form.put("parties[1].universityId", id("vsmu"));
		form.put("sources[0].url", "https://example.org/history-four-languages");
		form.put("sources[0].confidence", "HIGH");
		assertThat(post("/admin/agreements/new", form)).hasStatus(HttpStatus.FOUND);
		long agreement = this.jdbc.queryForObject("select id from agreement where title_en = ?", Long.class,
				form.get("titleEn"));
		Map<String, String> edited = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/agreements/" + agreement).with(EDITOR).exchange()));
		edited.put("kind", "MEMORANDUM");
		edited.put("signed", "2021-02");
		assertThat(post("/admin/agreements/" + agreement, edited)).hasStatus(HttpStatus.FOUND);

		String university = id("baranovichi-state");
		Map<String, String> member = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/universities/" + university).with(EDITOR).exchange()));
		member.put("membershipRole", "CO_LEAD");
		assertThat(post("/admin/universities/" + university, member)).hasStatus(HttpStatus.FOUND);

		String person = String
			.valueOf(this.jdbc.queryForObject("select id from person where slug = 'andrei-karol'", Long.class));
		Map<String, String> karol = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/people/" + person).with(EDITOR).exchange()));
		assertThat(karol).containsEntry("positions[0].titleKind", "RECTOR");
		karol.put("positions[0].titleKind", "PRESIDENT");
		assertThat(post("/admin/people/" + person, karol)).hasStatus(HttpStatus.FOUND);

		Map<String, String> founding = Map.of("en", "Founding agreement", "ru", "Учредительное соглашение", "be",
				"Устаноўчае пагадненне", "zh", "成立协议");
		for (String language : new String[] { "en", "ru", "be", "zh" }) {
			String agreementHistory = parse(this.mvc.get()
				.uri("/admin/agreements/" + agreement + "/history?lang=" + language)
				.with(EDITOR)
				.exchange()).select(".history").text();
			String universityHistory = parse(this.mvc.get()
				.uri("/admin/universities/" + university + "/history?lang=" + language)
				.with(EDITOR)
				.exchange()).select(".history").text();
			String personHistory = parse(
					this.mvc.get().uri("/admin/people/" + person + "/history?lang=" + language).with(EDITOR).exchange())
				.select(".history")
				.text();
			assertThat(agreementHistory).as(language)
				.doesNotContain("FOUNDING_AGREEMENT", "MEMORANDUM", "DAY", "MONTH", "HIGH", "SIGNED");
			assertThat(agreementHistory).as(language).containsIgnoringCase(founding.get(language));
			assertThat(universityHistory).as(language).isNotBlank().doesNotContain("CO_LEAD", "MEMBER", "NONE");
			assertThat(personHistory).as(language).isNotBlank().doesNotContain("RECTOR", "PRESIDENT");
		}
	}

	/**
	 * The values of a field's row: "before → after".
	 */
	private static String row(Element change, String field) {
		for (Element row : change.select("tbody tr")) {
			if (row.selectFirst("th").text().equals(field)) {
				return row.select("td").get(0).wholeText() + " → " + row.select("td").get(1).wholeText();
			}
		}
		throw new AssertionError("No row " + field + " in " + change.text());
	}

	private Document history(long id, String language) {
		return parse(
				this.mvc.get().uri("/admin/agreements/" + id + "/history?lang=" + language).with(EDITOR).exchange());
	}

	private MvcTestResult post(String url, Map<String, String> form) {
		return PostedForms.post(this.mvc, url, form, "save", EDITOR);
	}

	private String id(String slug) {
		return String.valueOf(this.jdbc.queryForObject("select id from university where slug = ?", Long.class, slug));
	}

}
