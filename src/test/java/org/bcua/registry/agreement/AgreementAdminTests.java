package org.bcua.registry.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.admin.AdminTest;
import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Recording agreements in the admin area: published ones appear at once on every public
 * page they belong to, drafts nowhere; the form keeps what was typed and says what is
 * wrong next to the field; duplicates are flagged; stale forms are refused; unpublishing
 * and archiving; and a failing database leaves nothing half-written.
 */
@AdminTest
class AgreementAdminTests {

	private static final RequestPostProcessor EDITOR = user("editor-one").roles("EDITOR");

	private static final RequestPostProcessor ADMIN = user(AdminTest.ADMIN).roles("ADMIN");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AgreementService agreements;

	@Autowired
	private AgreementRecording recording;

	@Test
	void aPublishedThreePartyAgreementWithANewSignatoryAppearsOnEveryPublicPage() {
		Map<String, String> form = threeParties("Memorandum on joint laboratories of photonics", "2025-11-20");
		form.put("parties[0].signatoryNameEn", "Zhang Photonics");
		form.put("parties[0].signatoryNameZh", "张光子");
		form.put("parties[0].positionEn", "Vice-President");
		form.put("parties[0].positionZh", "副校长");
		form.put("parties[1].signatoryId", id("person", "vadim-bogush"));
		form.put("parties[1].positionEn", "Rector");
		form.put("meetingId", id("meeting", "2025-10-13-minsk"));
		form.put("areaIds", id("area", "education-and-science"));
		MvcTestResult result = post("/admin/agreements/new", form, "publish", EDITOR);
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String slug = this.jdbc.queryForObject("select slug from agreement where title_en = ?", String.class,
				"Memorandum on joint laboratories of photonics");
		assertThat(slug).isEqualTo("2025-11-20-memorandum-on-joint-laboratories-of-photonics");

		Document page = publicPage("/agreements/" + slug);
		assertThat(page.select("h1").text()).isEqualTo("Memorandum on joint laboratories of photonics");
		assertThat(page.select("table.parties-table tbody tr")).hasSize(3);
		assertThat(page.select("table.parties-table").text()).contains("Zhang Photonics", "Vice-President",
				"Vadim Bogush", "Rector");
		assertThat(page.select(".sources a").eachAttr("href")).contains("https://example.org/photonics-2025");
		assertThat(page.select(".change-log li").text()).contains("Recorded");
		assertThat(page.select(".change-log").text()).as("no editor on public pages").doesNotContain("editor-one");

		for (String university : new String[] { "dut", "bsuir", "bsu" }) {
			assertThat(publicPage("/universities/" + university).select("a[href=/agreements/" + slug + "]"))
				.as(university)
				.isNotEmpty();
		}
		String person = this.jdbc.queryForObject("select slug from person where name_en = 'Zhang Photonics'",
				String.class);
		assertThat(publicPage("/people/" + person).select("a[href=/agreements/" + slug + "]")).isNotEmpty();
		assertThat(publicPage("/people/vadim-bogush").select("a[href=/agreements/" + slug + "]")).isNotEmpty();
		assertThat(publicPage("/meetings/2025-10-13-minsk").select("a[href=/agreements/" + slug + "]")).isNotEmpty();
		assertThat(publicPage("/agreements?size=100").select("a[href=/agreements/" + slug + "]")).isNotEmpty();

		Long agreementId = this.jdbc.queryForObject("select id from agreement where slug = ?", Long.class, slug);
		Document history = parse(
				this.mvc.get().uri("/admin/agreements/" + agreementId + "/history").with(EDITOR).exchange());
		assertThat(history.select(".history-change").text()).contains("Recorded", "by editor-one",
				"Memorandum on joint laboratories of photonics", "Zhang Photonics");
	}

	@Test
	void aDraftIsInvisibleToThePublicEverywhere() {
		long before = this.agreements.count();
		Map<String, String> form = threeParties("Draft agreement on quantum sensors", "2025-11-21");
		form.put("parties[2].signatoryNameEn", "Secret Signatory");
		form.put("parties[2].positionEn", "Rector");
		assertThat(post("/admin/agreements/new", form, "draft", EDITOR)).hasStatus(HttpStatus.FOUND);
		String slug = this.jdbc.queryForObject("select slug from agreement where title_en = ?", String.class,
				"Draft agreement on quantum sensors");
		assertThat(this.mvc.get().uri("/agreements/" + slug).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(publicPage("/agreements?size=100").text()).doesNotContain("quantum sensors");
		assertThat(publicPage("/universities/dut").text()).doesNotContain("quantum sensors");
		assertThat(publicPage("/").text()).doesNotContain("quantum sensors");
		assertThat(this.agreements.count()).isEqualTo(before);
		String person = this.jdbc.queryForObject("select slug from person where name_en = 'Secret Signatory'",
				String.class);
		assertThat(this.mvc.get().uri("/people/" + person).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(publicPage("/people?size=100").text()).doesNotContain("Secret Signatory");
		assertThat(publicPage("/universities/bsu").text()).doesNotContain("Secret Signatory");

		Long id = this.jdbc.queryForObject("select id from agreement where slug = ?", Long.class, slug);
		Document edit = parse(this.mvc.get().uri("/admin/agreements/" + id).with(EDITOR).exchange());
		assertThat(edit.select(".badge.draft").text()).isEqualTo("Draft");
		Map<String, String> again = PostedForms.formOf(edit);
		assertThat(post("/admin/agreements/" + id, again, "publish", EDITOR)).hasStatus(HttpStatus.FOUND);
		assertThat(publicPage("/agreements/" + slug).select("h1").text())
			.isEqualTo("Draft agreement on quantum sensors");
		assertThat(publicPage("/people/" + person).select("h1").text()).isEqualTo("Secret Signatory");
	}

	@Test
	void anInvalidFormShowsErrorsNextToTheFieldsAndKeepsEverythingTyped() {
		Map<String, String> form = threeParties("", "2025-13-45");
		form.put("summary", "A summary the editor typed with care.");
		form.put("titleZh", "联合实验室备忘录");
		form.put("parties[2].universityId", "");
		form.put("parties[2].roleNote", "Coordinator");
		form.put("sources[0].url", "not a url");
		MvcTestResult result = post("/admin/agreements/new", form, "publish", EDITOR);
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("#titleEn-error").text()).isEqualTo("Required.");
		assertThat(page.select("#signed-error").text()).contains("Give a year (2019)");
		assertThat(page.select("#signed").val()).isEqualTo("2025-13-45");
		assertThat(page.select("#summary").text()).isEqualTo("A summary the editor typed with care.");
		assertThat(page.select("#titleZh").val()).isEqualTo("联合实验室备忘录");
		assertThat(page.select("[id=parties2.universityId] + p.error, .invalid p.error").text())
			.contains("Choose the university of this party.");
		assertThat(page.select("[id=parties2.roleNote]").val()).isEqualTo("Coordinator");
		assertThat(page.select("[id=sources0.url-error]").text()).contains("https://");
		assertThat(page.select("[id=parties0.universityId] option[selected]").val()).isEqualTo(id("university", "dut"));
		assertThat(
				this.jdbc.queryForObject("select count(*) from agreement where title_zh = '联合实验室备忘录'", Integer.class))
			.isZero();
	}

	@Test
	void publishingNeedsTwoPartiesAndASource() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("titleEn", "An agreement with one party");
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("parties[0].universityId", id("university", "dut"));
		MvcTestResult result = post("/admin/agreements/new", form, "publish", EDITOR);
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("#parties .error").first().text()).isEqualTo("Record at least two parties to publish.");
		assertThat(page.select("#sources .error").first().text()).isEqualTo("Cite at least one source to publish.");
		assertThat(post("/admin/agreements/new", form, "draft", EDITOR)).as("a draft may be incomplete")
			.hasStatus(HttpStatus.FOUND);
	}

	@Test
	void theAddButtonsAddRowsWithoutJavaScriptAndWithoutErrors() {
		Map<String, String> form = threeParties("", "");
		MvcTestResult result = post("/admin/agreements/new", form, "addParty", EDITOR);
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("fieldset.party")).hasSize(4);
		assertThat(page.select("p.error")).isEmpty();
		assertThat(page.select("[id=parties1.universityId] option[selected]").val())
			.isEqualTo(id("university", "bsuir"));
		Document removed = parse(post("/admin/agreements/new", form, "removeParty:0", EDITOR));
		assertThat(removed.select("fieldset.party")).hasSize(2);
		assertThat(removed.select("[id=parties0.universityId] option[selected]").val())
			.isEqualTo(id("university", "bsuir"));
	}

	@Test
	void aLikelyDuplicateIsFlaggedBeforeSaving() {
		Map<String, String> form = threeParties("Agreement on the joint school of engineering", "2025-11-22");
		assertThat(post("/admin/agreements/new", form, "publish", EDITOR)).hasStatus(HttpStatus.FOUND);
		form.put("titleEn", "Agreement on a joint school of engineering");
		MvcTestResult again = post("/admin/agreements/new", form, "publish", EDITOR);
		assertThat(again).hasStatusOk();
		Document page = parse(again);
		assertThat(page.select(".warning").text()).contains("may already be recorded",
				"Agreement on the joint school of engineering");
		assertThat(page.select("#titleEn").val()).isEqualTo("Agreement on a joint school of engineering");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from agreement where title_en like 'Agreement on % joint school of engineering'",
				Integer.class))
			.isEqualTo(1);
		form.put("duplicateConfirmed", "true");
		assertThat(post("/admin/agreements/new", form, "publish", EDITOR)).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from agreement where title_en like 'Agreement on % joint school of engineering'",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	void aStaleFormIsRefusedAndShowsWhatChangedMeanwhile() {
		Map<String, String> form = threeParties("Agreement edited by two editors", "2025-11-23");
		post("/admin/agreements/new", form, "draft", EDITOR);
		Long id = this.jdbc.queryForObject("select id from agreement where title_en = ?", Long.class,
				"Agreement edited by two editors");
		Map<String, String> mine = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/agreements/" + id).with(EDITOR).exchange()));
		Map<String, String> theirs = new LinkedHashMap<>(mine);
		theirs.put("place", "Harbin");
		assertThat(post("/admin/agreements/" + id, theirs, "save", user("editor-two").roles("EDITOR")))
			.hasStatus(HttpStatus.FOUND);
		mine.put("summary", "My summary");
		MvcTestResult stale = post("/admin/agreements/" + id, mine, "save", EDITOR);
		assertThat(stale).hasStatusOk();
		Document page = parse(stale);
		assertThat(page.select(".form-error").text()).contains("someone changed this record after you opened the form");
		assertThat(page.select(".form-error .history-change").text()).contains("by editor-two", "Place", "Harbin");
		assertThat(page.select("#summary").text()).as("my typing is kept").isEqualTo("My summary");
		assertThat(this.jdbc.queryForObject("select place from agreement where id = ?", String.class, id))
			.isEqualTo("Harbin");
		assertThat(this.jdbc.queryForObject("select summary from agreement where id = ?", String.class, id))
			.as("not overwritten")
			.isNull();
		Map<String, String> merged = PostedForms.formOf(page);
		assertThat(post("/admin/agreements/" + id, merged, "save", EDITOR)).as("saving again after seeing the changes")
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select summary from agreement where id = ?", String.class, id))
			.isEqualTo("My summary");
	}

	@Test
	void unpublishingAndArchivingTakeAnAgreementOffThePublicPagesAndKeepItsHistory() {
		Map<String, String> form = threeParties("Agreement to be withdrawn", "2025-11-24");
		post("/admin/agreements/new", form, "publish", EDITOR);
		Agreement agreement = this.recording.edit(this.jdbc
			.queryForObject("select id from agreement where title_en = ?", Long.class, "Agreement to be withdrawn"));
		String url = "/agreements/" + agreement.getSlug();
		assertThat(this.mvc.get().uri(url).exchange()).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/admin/agreements/" + agreement.getId() + "/unpublish")
			.with(EDITOR)
			.with(csrf())
			.param("version", Long.toString(agreement.getVersion()))
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(url).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		Agreement draft = this.recording.edit(agreement.getId());
		assertThat(this.mvc.post()
			.uri("/admin/agreements/" + agreement.getId() + "/archive")
			.with(EDITOR)
			.with(csrf())
			.param("version", Long.toString(draft.getVersion()))
			.exchange()).as("editors do not archive").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/agreements/" + agreement.getId() + "/archive")
			.with(ADMIN)
			.param("version", Long.toString(draft.getVersion()))
			.exchange()).as("no CSRF token").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/agreements/" + agreement.getId() + "/archive")
			.with(ADMIN)
			.with(csrf())
			.param("version", Long.toString(draft.getVersion()))
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.recording.edit(agreement.getId()).isArchived()).isTrue();
		Document history = parse(
				this.mvc.get().uri("/admin/agreements/" + agreement.getId() + "/history").with(EDITOR).exchange());
		assertThat(history.select(".history-change strong").eachText()).containsSequence("Archived",
				"Taken back to draft", "Recorded");
	}

	@Test
	@WithMockUser(username = "editor-one", roles = "EDITOR")
	void theServiceItselfRefusesArchivingToEditors() {
		Agreement any = this.recording.edit(this.jdbc
			.queryForObject("select id from agreement where slug = '2023-11-21-founding-agreement'", Long.class));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.recording.archive(any.getId(), any.getVersion()));
		assertThat(this.recording.edit(any.getId()).isArchived()).isFalse();
	}

	@Test
	void textThatCannotBeStoredIsRefusedNextToItsField() {
		Map<String, String> form = threeParties("Agreement with a NUL\u0000byte", "2025-11-25");
		form.put("place", "x".repeat(301));
		form.put("summary", "broken \uFFFD encoding");
		MvcTestResult result = post("/admin/agreements/new", form, "publish", EDITOR);
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("#titleEn-error").text()).contains("characters that cannot be stored");
		assertThat(page.select("#place-error").text()).isEqualTo("Too long: at most 300 characters.");
		assertThat(page.select("#summary-error").text()).contains("characters that cannot be stored");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from agreement where title_en like 'Agreement with a NUL%'", Integer.class))
			.isZero();
	}

	@Test
	void aFailingDatabaseGivesTheTryAgainPageAndLeavesNothingHalfWritten() {
		int agreementsBefore = count("agreement");
		int partiesBefore = count("agreement_party");
		int sourcesBefore = count("source");
		int peopleBefore = count("person");
		this.jdbc.execute("""
				create function fail_on_marked_party() returns trigger language plpgsql as $$
				begin
				  if new.role_note = 'simulate a failure' then
				    raise exception 'simulated database failure';
				  end if;
				  return new;
				end $$""");
		this.jdbc.execute("create trigger fail_on_marked_party before insert on agreement_party "
				+ "for each row execute function fail_on_marked_party()");
		try {
			Map<String, String> form = threeParties("Agreement that meets a failing database", "2025-11-26");
			form.put("parties[0].signatoryNameEn", "Never Stored");
			form.put("parties[2].roleNote", "simulate a failure");
			MvcTestResult result = post("/admin/agreements/new", form, "publish", EDITOR);
			assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(parse(result).select("h1").text()).contains("please try again");
			assertThat(parse(result).text()).doesNotContain("Exception").doesNotContain("simulated");
		}
		finally {
			this.jdbc.execute("drop trigger fail_on_marked_party on agreement_party");
			this.jdbc.execute("drop function fail_on_marked_party()");
		}
		assertThat(count("agreement")).isEqualTo(agreementsBefore);
		assertThat(count("agreement_party")).isEqualTo(partiesBefore);
		assertThat(count("source")).as("the new source of the form").isEqualTo(sourcesBefore);
		assertThat(count("person")).as("the new signatory of the form").isEqualTo(peopleBefore);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	/**
	 * A filled form: DUT, BSUIR and BSU as parties, one source.
	 */
	private Map<String, String> threeParties(String title, String signed) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", title);
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("signed", signed);
		form.put("parties[0].universityId", id("university", "dut"));
		form.put("parties[1].universityId", id("university", "bsuir"));
		form.put("parties[2].universityId", id("university", "bsu"));
		form.put("sources[0].url", "https://example.org/photonics-2025");
		form.put("sources[0].confidence", "HIGH");
		return form;
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

	static {
		// the form's default number of party rows, which the tests above rely on
		assert AgreementForm.NEW_PARTIES == 2;
	}

}
