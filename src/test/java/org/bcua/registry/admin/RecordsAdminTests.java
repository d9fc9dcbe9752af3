package org.bcua.registry.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Adding and editing universities, people, meetings and sources: each form stores what it
 * should and shows it on the public pages, keeps what was typed when something is wrong,
 * refuses stale forms, archives (administrators only) and keeps the history.
 */
@AdminTest
class RecordsAdminTests {

	private static final RequestPostProcessor EDITOR = user("records-editor").roles("EDITOR");

	private static final RequestPostProcessor ADMIN = user(AdminTest.ADMIN).roles("ADMIN");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aNewUniversityWithOtherNamesAndASourceAppearsOnThePublicPages() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nameEn", "Harbin Institute of Photonics");
		form.put("nameZh", "哈尔滨光子学院");
		form.put("country", "CN");
		form.put("city", "Harbin");
		form.put("foundedYear", "1958");
		form.put("membershipRole", "MEMBER");
		form.put("membershipSince", "2024-05-22");
		form.put("aliases[0].name", "HIP");
		form.put("aliases[0].language", "en");
		form.put("aliases[0].kind", "ABBREVIATION");
		form.put("sources[0].url", "https://example.org/harbin-photonics");
		form.put("sources[0].confidence", "MEDIUM");
		MvcTestResult result = post("/admin/universities/new", form, "save", EDITOR);
		assertThat(result).hasStatus(HttpStatus.FOUND);
		Document page = publicPage("/universities/harbin-institute-of-photonics");
		assertThat(page.select("h1").text()).isEqualTo("Harbin Institute of Photonics");
		assertThat(page.text()).contains("哈尔滨光子学院", "HIP", "Member");
		assertThat(page.select(".sources .badge").text()).isEqualTo("medium confidence");
		assertThat(publicPage("/universities?country=CN&size=100").text()).contains("Harbin Institute of Photonics");
	}

	@Test
	void anEditedUniversityKeepsItsHistoryBeforeAndAfter() {
		String id = id("university", "gsu-skorina");
		Document edit = parse(this.mvc.get().uri("/admin/universities/" + id).with(EDITOR).exchange());
		Map<String, String> form = PostedForms.formOf(edit);
		String before = form.get("city");
		form.put("city", "Gomel (Homiel)");
		assertThat(post("/admin/universities/" + id, form, "save", EDITOR)).hasStatus(HttpStatus.FOUND);
		assertThat(publicPage("/universities/gsu-skorina").text()).contains("Gomel (Homiel)");
		Document history = parse(this.mvc.get().uri("/admin/universities/" + id + "/history").with(EDITOR).exchange());
		var latest = history.selectFirst(".history-change");
		assertThat(latest.select("strong").text()).isEqualTo("Changed");
		assertThat(latest.text()).contains("by records-editor", "City");
		assertThat(latest.select("del").text()).isEqualTo(before);
		assertThat(latest.select("ins").text()).isEqualTo("Gomel (Homiel)");
		assertThat(history.select(".history-change strong").last().text()).isEqualTo("Recorded");
		Document log = publicPage("/universities/gsu-skorina");
		assertThat(log.select(".change-log li").first().text()).contains("Changed", "City");
		assertThat(log.select(".change-log").text()).doesNotContain("records-editor");
	}

	@Test
	void anInvalidUniversityFormKeepsWhatWasTyped() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nameEn", "University with a bad identifier");
		form.put("country", "BY");
		form.put("rorId", "not-a-ror");
		form.put("foundedYear", "nineteen");
		form.put("membershipRole", "NONE");
		form.put("membershipSince", "2024-02-30");
		MvcTestResult result = post("/admin/universities/new", form, "save", EDITOR);
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("#rorId-error").text()).contains("A ROR identifier is");
		assertThat(page.select("#rorId").val()).isEqualTo("not-a-ror");
		assertThat(page.select("#foundedYear-error").text()).isEqualTo("Give a whole number.");
		assertThat(page.select("#foundedYear").val()).isEqualTo("nineteen");
		assertThat(page.select("#membershipSince-error").text()).contains("YYYY-MM-DD");
		assertThat(page.select("#nameEn").val()).isEqualTo("University with a bad identifier");
	}

	@Test
	void aStaleUniversityFormIsRefused() {
		String id = id("university", "vsu");
		Map<String, String> mine = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/universities/" + id).with(EDITOR).exchange()));
		Map<String, String> theirs = new LinkedHashMap<>(mine);
		theirs.put("region", "Vitebsk Region");
		assertThat(post("/admin/universities/" + id, theirs, "save", user("other-editor").roles("EDITOR")))
			.hasStatus(HttpStatus.FOUND);
		mine.put("region", "Viciebsk Region");
		MvcTestResult stale = post("/admin/universities/" + id, mine, "save", EDITOR);
		assertThat(stale).hasStatusOk();
		assertThat(parse(stale).select(".form-error").text()).contains("by other-editor", "Vitebsk Region");
		assertThat(parse(stale).select("#region").val()).isEqualTo("Viciebsk Region");
		assertThat(this.jdbc.queryForObject("select region from university where id = ?", String.class,
				Long.parseLong(id)))
			.isEqualTo("Vitebsk Region");
	}

	@Test
	void onlyAdministratorsArchiveAndNeverARecordThatAgreementsStillName() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nameEn", "University to be archived");
		form.put("country", "RU");
		form.put("membershipRole", "NONE");
		post("/admin/universities/new", form, "save", EDITOR);
		Long id = this.jdbc.queryForObject("select id from university where name_en = 'University to be archived'",
				Long.class);
		String version = String
			.valueOf(this.jdbc.queryForObject("select version from university where id = ?", Long.class, id));
		assertThat(this.mvc.post()
			.uri("/admin/universities/" + id + "/archive")
			.with(EDITOR)
			.with(csrf())
			.param("version", version)
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult archived = this.mvc.post()
			.uri("/admin/universities/" + id + "/archive")
			.with(ADMIN)
			.with(csrf())
			.param("version", version)
			.exchange();
		assertThat(archived.getResponse().getRedirectedUrl()).isEqualTo("/admin/universities");
		assertThat(this.mvc.get().uri("/universities/university-to-be-archived").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		Document history = parse(this.mvc.get().uri("/admin/universities/" + id + "/history").with(ADMIN).exchange());
		assertThat(history.select(".history-change strong").first().text()).isEqualTo("Archived");

		String dut = id("university", "dut");
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/universities/" + dut + "/archive")
			.with(ADMIN)
			.with(csrf())
			.param("version", "0")
			.exchange();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/universities/" + dut);
		assertThat(refused.getMvcResult().getFlashMap().get("message")).isEqualTo("archiveRefused");
		assertThat(this.mvc.get().uri("/universities/dut").exchange()).hasStatusOk();
	}

	@Test
	void aNewPersonWithAPositionAppearsOnTheirPageAndTheUniversitys() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nameEn", "Li Laboratory");
		form.put("nameZh", "李实验");
		form.put("positions[0].universityId", id("university", "dut"));
		form.put("positions[0].titleEn", "Dean of the School of Physics");
		form.put("positions[0].heldFrom", "2021-09");
		form.put("sources[0].url", "https://example.org/li-laboratory");
		form.put("sources[0].confidence", "HIGH");
		assertThat(post("/admin/people/new", form, "save", EDITOR)).hasStatus(HttpStatus.FOUND);
		Document person = publicPage("/people/li-laboratory");
		assertThat(person.text()).contains("李实验", "Dean of the School of Physics", "September 2021");
		assertThat(publicPage("/universities/dut").text()).contains("Li Laboratory");
	}

	@Test
	void aPositionNamedBySignaturesCannotBeRemoved() {
		String id = id("person", "vadim-bogush");
		Map<String, String> form = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/people/" + id).with(EDITOR).exchange()));
		form.keySet().removeIf((name) -> name.startsWith("positions["));
		MvcTestResult result = post("/admin/people/" + id, form, "save", EDITOR);
		assertThat(result).hasStatusOk();
		assertThat(parse(result).select(".form-error").text()).contains("position at signing of an agreement");
		assertThat(publicPage("/people/vadim-bogush").text()).contains("Rector");
	}

	@Test
	void aPositionNeedsATitleAndAPlaceAndAnOrderlyPeriod() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nameEn", "Person with a bad position");
		form.put("positions[0].heldFrom", "2024");
		form.put("positions[0].heldTo", "2020");
		MvcTestResult result = post("/admin/people/new", form, "save", EDITOR);
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("[id=positions0.titleEn-error]").text()).isEqualTo("Required.");
		assertThat(page.select("#positions .error").text())
			.contains("Choose the university, or name the organisation.");
		assertThat(page.select("[id=positions0.heldTo-error]").text()).contains("cannot end before it starts");
		assertThat(page.select("[id=positions0.heldFrom]").val()).isEqualTo("2024");
	}

	@Test
	void aNewMeetingAppearsInThePublicListAndChecksItsDates() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("number", "4");
		form.put("titleEn", "4th meeting of the association");
		form.put("startsOn", "2026-10-12");
		form.put("endsOn", "2026-10-10");
		form.put("city", "Harbin");
		form.put("country", "CN");
		form.put("hostIds", id("university", "dut"));
		MvcTestResult invalid = post("/admin/meetings/new", form, "save", EDITOR);
		assertThat(invalid).hasStatusOk();
		assertThat(parse(invalid).select("#endsOn-error").text()).isEqualTo("The meeting cannot end before it starts.");
		form.put("endsOn", "2026-10-14");
		assertThat(post("/admin/meetings/new", form, "save", EDITOR)).hasStatus(HttpStatus.FOUND);
		assertThat(publicPage("/meetings").text()).contains("4th meeting of the association");
		assertThat(publicPage("/meetings/2026-10-12-harbin").select("h1").text())
			.isEqualTo("4th meeting of the association");
	}

	@Test
	void aCorrectedSourceShowsOnTheRecordsThatCiteIt() {
		Long id = this.jdbc.queryForObject("select id from source where url = ?", Long.class,
				"https://nasb.gov.by/eng/news/13720/");
		Map<String, String> form = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/sources/" + id).with(EDITOR).exchange()));
		form.put("title", "NASB: the founding of the association");
		assertThat(post("/admin/sources/" + id, form, "save", EDITOR)).hasStatus(HttpStatus.FOUND);
		assertThat(publicPage("/agreements/2023-11-21-founding-agreement").select(".sources a").eachText())
			.contains("NASB: the founding of the association");
		Map<String, String> taken = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/sources/" + id).with(EDITOR).exchange()));
		taken.put("url", "http://cissc.dlut.edu.cn/info/1008/1350.htm");
		MvcTestResult result = post("/admin/sources/" + id, taken, "save", EDITOR);
		assertThat(result).hasStatusOk();
		assertThat(parse(result).select("#url-error").text()).isEqualTo("Another source has this address.");
	}

	@Test
	void theDashboardShowsTheDraftsAndTheLatestChangesWithTheirEditors() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("titleEn", "Draft shown on the dashboard");
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		assertThat(post("/admin/agreements/new", form, "draft", EDITOR)).hasStatus(HttpStatus.FOUND);
		Document dashboard = parse(this.mvc.get().uri("/admin").with(EDITOR).exchange());
		assertThat(dashboard.select("#drafts-heading + ul").text()).contains("Draft shown on the dashboard",
				"records-editor");
		assertThat(dashboard.select("#recent-heading ~ table tbody tr").first().text()).contains("records-editor",
				"Agreement");
	}

	@Test
	void theAdminAreaNeedsSignInAndEveryWriteNeedsTheCsrfToken() {
		for (String url : new String[] { "/admin/universities", "/admin/people/new", "/admin/meetings",
				"/admin/sources", "/admin/agreements/new" }) {
			MvcTestResult anonymous = this.mvc.get().uri(url).exchange();
			assertThat(anonymous).as(url).hasStatus(HttpStatus.FOUND);
			assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
			assertThat(this.mvc.get().uri(url).with(EDITOR).exchange()).as(url).hasStatusOk();
		}
		for (String url : new String[] { "/admin/universities/new", "/admin/people/new", "/admin/meetings/new",
				"/admin/agreements/new" }) {
			assertThat(this.mvc.post().uri(url).with(EDITOR).param("nameEn", "No token").exchange()).as(url)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	private MvcTestResult post(String url, Map<String, String> form, String action, RequestPostProcessor user) {
		return PostedForms.post(this.mvc, url, form, action, user);
	}

	private Document publicPage(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).as(url).hasStatusOk();
		return parse(result);
	}

	private String id(String table, String slug) {
		return String
			.valueOf(this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug));
	}

}
