package org.bcua.registry.site;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.admin.AdminTest;
import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The CSV and JSON exports of the lists, read back: exactly the records of the list with
 * the same filters (every page of it), in its order, and nothing the public does not see.
 */
@AdminTest
class ExportsTests {

	private static final RequestPostProcessor EDITOR = user("export-editor").roles("EDITOR");

	private static final String BOM = "\uFEFF";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theAgreementsCsvOfAFilterHoldsTheRowsOfTheListInItsOrder() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/agreements.csv?country=BY&size=5&page=2").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"agreements-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
		String csv = text(result);
		assertThat(csv).startsWith(BOM + "slug,url,title_en,title_ru,title_be,title_zh,kind,status,signed,"
				+ "signed_precision,in_force,in_force_precision,expires,expires_precision,place,"
				+ "association_instrument,parties,party_names,signatories,meeting,areas,sources,source_confidences\r\n");
		List<CSVRecord> rows = csv(csv);

		List<String> listed = listed("/agreements?country=BY", "table.list tbody tr td:first-child a");
		assertThat(rows).hasSize(listed.size()).hasSizeGreaterThan(5);
		assertThat(rows.stream().map((row) -> "/agreements/" + row.get("slug")).toList()).isEqualTo(listed);
		assertThat(rows).allSatisfy(
				(row) -> assertThat(row.get("url")).isEqualTo("http://localhost/agreements/" + row.get("slug")));
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("sources")).startsWith("http"));
	}

	@Test
	void namesInCyrillicAndChineseAndPartialDatesComeBackAsStored() throws IOException {
		Map<String, CSVRecord> rows = new LinkedHashMap<>();
		csv(text(this.mvc.get().uri("/agreements.csv").exchange())).forEach((row) -> rows.put(row.get("slug"), row));
		this.jdbc.query(
				"""
						select slug, title_ru, title_zh, signed_on, signed_precision from agreement
						where publication = 'PUBLISHED' and archived_at is null and title_zh is not null and title_ru is not null
						""",
				(row) -> {
					CSVRecord exported = rows.get(row.getString("slug"));
					assertThat(exported).as(row.getString("slug")).isNotNull();
					assertThat(exported.get("title_ru")).isEqualTo(row.getString("title_ru"));
					assertThat(exported.get("title_zh")).isEqualTo(row.getString("title_zh"));
					if (row.getString("signed_precision") != null) {
						assertThat(exported.get("signed_precision"))
							.isEqualTo(row.getString("signed_precision").toLowerCase());
					}
				});
		assertThat(rows.values()).anySatisfy((row) -> assertThat(row.get("title_zh")).containsPattern("\\p{IsHan}"));
		assertThat(rows.values()).anySatisfy((row) -> assertThat(row.get("signed_precision")).isEqualTo("month"));
		assertThat(rows.values()).anySatisfy((row) -> assertThat(row.get("signed")).matches("\\d{4}-\\d{2}"));
	}

	@Test
	void theJsonExportHoldsTheSameAgreementsWithDatesAsValueAndPrecision() throws IOException {
		List<CSVRecord> csv = csv(text(this.mvc.get().uri("/agreements.csv?kind=MEMORANDUM").exchange()));
		MvcTestResult result = this.mvc.get().uri("/agreements.json?kind=MEMORANDUM").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		JsonNode json = JsonMapper.builder().build().readTree(text(result));
		assertThat(json.isArray()).isTrue();
		assertThat(json.size()).isEqualTo(csv.size()).isPositive();
		for (int i = 0; i < csv.size(); i++) {
			JsonNode agreement = json.get(i);
			CSVRecord row = csv.get(i);
			assertThat(agreement.get("slug").asString()).isEqualTo(row.get("slug"));
			assertThat(agreement.get("kind").asString()).isEqualTo("MEMORANDUM");
			JsonNode signed = agreement.get("signed");
			if (row.get("signed").isEmpty()) {
				assertThat(signed.isNull()).isTrue();
			}
			else {
				assertThat(signed.get("value").asString()).isEqualTo(row.get("signed"));
				assertThat(signed.get("precision").asString()).isEqualTo(row.get("signed_precision"));
			}
			assertThat(agreement.get("parties").isArray()).isTrue();
			assertThat(String.join("; ", agreement.get("parties").valueStream().map(JsonNode::asString).toList()))
				.isEqualTo(row.get("parties"));
		}
	}

	@Test
	void aFieldWithACommaQuotesAndALineBreakIsQuotedAndComesBackWhole() throws IOException {
		String title = "Memorandum on \"export\" testing, with commas";
		String slug = record(title, "2024-03", "publish");
		String place = "Minsk, \"Hall 2\"\nsecond line";
		this.jdbc.update("update agreement set place = ? where slug = ?", place, slug);

		String csv = text(this.mvc.get().uri("/agreements.csv?q=export+testing").exchange());
		assertThat(csv).contains("\"Memorandum on \"\"export\"\" testing, with commas\"");
		List<CSVRecord> rows = csv(csv);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("slug")).isEqualTo(slug);
		assertThat(rows.get(0).get("title_en")).isEqualTo(title);
		assertThat(rows.get(0).get("place")).isEqualTo(place);
		assertThat(rows.get(0).get("signed")).isEqualTo("2024-03");
		assertThat(rows.get(0).get("signed_precision")).isEqualTo("month");
		assertThat(rows.get(0).get("parties")).isEqualTo("dut; bsu");
	}

	@Test
	void aDraftIsInNoExport() throws IOException {
		String slug = record("Memorandum on unexported palaeobotany", "2025-02-03", "draft");
		assertThat(slugs("/agreements.csv")).doesNotContain(slug);
		assertThat(slugs("/agreements.csv?q=palaeobotany")).isEmpty();
		assertThat(text(this.mvc.get().uri("/agreements.json?q=palaeobotany").exchange())).isEqualTo("[]");
		assertThat(text(this.mvc.get().uri("/search.csv?q=palaeobotany").exchange()))
			.isEqualTo(BOM + "kind,slug,title,url\r\n");
	}

	@Test
	void unknownFilterValuesAreRefusedAsOnThePages() {
		for (String url : List.of("/agreements.csv?kind=TREATY", "/agreements.json?country=XX",
				"/agreements.csv?year=soon", "/universities.csv?membership=KING", "/universities.json?sort=AGE",
				"/search.csv?q=Dalian&kind=PLANET")) {
			assertThat(this.mvc.get().uri(url).exchange()).as(url).hasStatus(HttpStatus.BAD_REQUEST);
			String page = url.replace(".csv", "").replace(".json", "");
			assertThat(this.mvc.get().uri(page).exchange()).as(page).hasStatus(HttpStatus.BAD_REQUEST);
		}
	}

	@Test
	void theUniversitiesPeopleAndMeetingsExportsHoldTheirWholeLists() throws IOException {
		List<CSVRecord> universities = csv(
				text(this.mvc.get().uri("/universities.csv?country=CN&sort=CITY").exchange()));
		assertThat(universities.stream().map((row) -> "/universities/" + row.get("slug")).toList())
			.isEqualTo(listed("/universities?country=CN&sort=CITY", "table.list tbody tr td:first-child a"));
		assertThat(universities).allSatisfy((row) -> assertThat(row.get("country")).isEqualTo("CN"));
		assertThat(universities).anySatisfy((row) -> assertThat(row.get("name_zh")).containsPattern("\\p{IsHan}"));
		assertThat(universities).anySatisfy((row) -> assertThat(row.get("membership")).isEqualTo("MEMBER"));

		List<CSVRecord> people = csv(text(this.mvc.get().uri("/people.csv").exchange()));
		assertThat(people.stream().map((row) -> "/people/" + row.get("slug")).toList())
			.isEqualTo(listed("/people", "table.list tbody tr td:first-child a"));
		assertThat(people).anySatisfy((row) -> assertThat(row.get("positions")).isNotEmpty());
		// position titles of the vocabulary in the export's language: Andrei Karol is 校长
		// in Chinese
		List<CSVRecord> chinese = csv(
				text(this.mvc.get().uri("/people.csv").header("Accept-Language", "zh").exchange()));
		assertThat(chinese).anySatisfy((row) -> {
			assertThat(row.get("slug")).isEqualTo("andrei-karol");
			assertThat(row.get("positions")).startsWith("校长").doesNotContain("Rector");
		});

		List<CSVRecord> meetings = csv(text(this.mvc.get().uri("/meetings.csv").exchange()));
		long listedMeetings = this.jdbc.queryForObject("select count(*) from meeting where archived_at is null",
				Long.class);
		assertThat(meetings).hasSize((int) listedMeetings).isNotEmpty();
		assertThat(meetings).allSatisfy((row) -> assertThat(row.get("starts_precision")).isEqualTo("day"));
	}

	@Test
	void theSearchExportHoldsEveryRecordFoundWithItsKindTitleAndAddress() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/search.csv?q=Dalian").header("Accept-Language", "zh").exchange();
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("search-");
		List<CSVRecord> rows = csv(text(result));
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row.get("kind")).isEqualTo("UNIVERSITY");
			assertThat(row.get("slug")).isEqualTo("dut");
			assertThat(row.get("title")).isEqualTo("大连理工大学");
			assertThat(row.get("url")).isEqualTo("http://localhost/universities/dut");
		});
		assertThat(rows.stream().map((row) -> row.get("kind")).distinct().toList()).contains("UNIVERSITY", "AGREEMENT");
		Document page = page("/search?q=Dalian");
		long found = Long.parseLong(page.select("p.count").text().replaceAll("\\D", ""));
		assertThat(rows).hasSize((int) found);
		assertThat(slugs("/search.csv?q=Dalian&kind=UNIVERSITY")).contains("dut");
		assertThat(csv(text(this.mvc.get().uri("/search.csv?q=Dalian&kind=UNIVERSITY").exchange())))
			.allSatisfy((row) -> assertThat(row.get("kind")).isEqualTo("UNIVERSITY"));
	}

	@Test
	void everyListLinksToItsExportsWithItsFiltersButNotItsPage() {
		Document agreements = page("/agreements?kind=MEMORANDUM&q=Minsk&page=1&size=10");
		assertThat(agreements.select("p.downloads a").eachAttr("href"))
			.containsExactly("/agreements.csv?kind=MEMORANDUM&q=Minsk", "/agreements.json?kind=MEMORANDUM&q=Minsk");
		assertThat(agreements.select("p.downloads a").eachAttr("aria-label"))
			.allSatisfy((label) -> assertThat(label).startsWith("Download ").contains("agreements of this list"));
		assertThat(page("/universities?country=BY").select("p.downloads a").eachAttr("href"))
			.containsExactly("/universities.csv?country=BY", "/universities.json?country=BY");
		assertThat(page("/people").select("p.downloads a").eachAttr("href")).containsExactly("/people.csv",
				"/people.json");
		assertThat(page("/meetings").select("p.downloads a").eachAttr("href")).containsExactly("/meetings.csv",
				"/meetings.json");
		assertThat(page("/search?q=Dalian").select("p.downloads a").eachAttr("href"))
			.containsExactly("/search.csv?q=Dalian", "/search.json?q=Dalian");
		assertThat(page("/").select("footer a[href=/data/registry.zip]")).hasSize(1);
	}

	/**
	 * Records an agreement between DUT and BSU through the admin form, as a draft or
	 * published.
	 * @return its slug
	 */
	private String record(String title, String signed, String action) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", title);
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("signed", signed);
		form.put("parties[0].universityId", id("dut"));
		form.put("parties[1].universityId", id("bsu"));
		form.put("sources[0].url", "https://example.org/exports");
		form.put("sources[0].confidence", "HIGH");
		assertThat(PostedForms.post(this.mvc, "/admin/agreements/new", form, action, EDITOR))
			.hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select slug from agreement where title_en = ?", String.class, title);
	}

	private String id(String university) {
		return String
			.valueOf(this.jdbc.queryForObject("select id from university where slug = ?", Long.class, university));
	}

	/**
	 * The links of every page of a list, page by page.
	 */
	private List<String> listed(String url, String links) {
		List<String> all = new ArrayList<>();
		for (int number = 1;; number++) {
			Document page = page(url + (url.contains("?") ? "&" : "?") + "size=100&page=" + number);
			List<String> hrefs = page.select(links).eachAttr("href");
			all.addAll(hrefs);
			if (page.select("a[rel=next]").isEmpty()) {
				return all;
			}
		}
	}

	private List<String> slugs(String url) throws IOException {
		return csv(text(this.mvc.get().uri(url).exchange())).stream().map((row) -> row.get("slug")).toList();
	}

	private Document page(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).as(url).hasStatusOk();
		return parse(result);
	}

	private static String text(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static List<CSVRecord> csv(String text) throws IOException {
		assertThat(text).startsWith(BOM);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

}
