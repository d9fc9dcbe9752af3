package org.bcua.registry.admin;

import java.util.LinkedHashMap;
import java.util.List;
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

import org.bcua.registry.e2e.HtmlValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Two or three editors saving the same record: a form saved over a record changed
 * meanwhile comes back merged with the change (nothing lost when it is saved again), a
 * field both changed differently must be settled on the page, rows merge one by one, for
 * every kind of record with an edit form.
 */
@AdminTest
class StaleFormMergeTests {

	private static final RequestPostProcessor A = user("editor-a").roles("EDITOR");

	private static final RequestPostProcessor B = user("editor-b").roles("EDITOR");

	private static final RequestPostProcessor C = user("editor-c").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/** How many agreements these tests recorded: each is signed on its own day. */
	private static int agreements;

	@Test
	void aRefusedSaveRetriedKeepsTheChangeMadeMeanwhile() {
		long id = agreement("Quokka memorandum retried after a refusal");
		String url = "/admin/agreements/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		formOfA.put("summary", "Summary written by A");
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("place", "Minsk");
		MvcTestResult refused = post(url, formOfB, "save", B);
		assertThat(refused).hasStatusOk();
		Document page = parse(refused);
		assertThat(page.select(".form-error").text()).contains("someone changed this record after you opened the form");
		assertThat(page.select(".form-error .history-change").text()).contains("by editor-a", "Summary written by A");
		assertThat(page.select("#summary").text()).as("A's change is in the form").isEqualTo("Summary written by A");
		assertThat(page.select("#place").val()).as("B's change is kept").isEqualTo("Minsk");
		assertThat(page.select(".conflict")).as("nothing to settle").isEmpty();

		assertThat(post(url, PostedForms.formOf(page), "save", B)).as("B saves again, as the page invites")
			.hasStatus(HttpStatus.FOUND);
		assertThat(column("agreement", "summary", id)).isEqualTo("Summary written by A");
		assertThat(column("agreement", "place", id)).isEqualTo("Minsk");
		Document history = parse(this.mvc.get().uri(url + "/history").with(B).exchange());
		Element latest = history.selectFirst(".history-change");
		assertThat(latest.text()).contains("by editor-b", "Place").doesNotContain("Summary");
		assertThat(history.select(".history-change del").eachText()).as("A's summary is never reverted")
			.doesNotContain("Summary written by A");
	}

	@Test
	void aFieldBothChangedDifferentlyMustBeSettledOnThePage() {
		long id = agreement("Narwhal protocol with a disputed summary");
		String url = "/admin/agreements/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		formOfA.put("summary", "Summary of A");
		formOfA.put("place", "Harbin");
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("summary", "Summary of B");
		formOfB.put("place", "Harbin");
		MvcTestResult conflicting = post(url, formOfB, "save", B);
		assertThat(HtmlValidator.errors(conflicting.getResponse().getContentAsByteArray(), "conflict"))
			.as("the page with a conflict is valid HTML")
			.isEmpty();
		Document page = parse(conflicting);
		assertThat(page.select(".conflict")).as("the same value on both sides is no conflict").hasSize(1);
		assertThat(page.select(".form-error").text()).as("no field is marked, so none is said to be")
			.doesNotContain("correct what is marked below");
		Element conflict = page.selectFirst("fieldset.conflict");
		assertThat(conflict.selectFirst("legend").text()).isEqualTo("Summary");
		assertThat(conflict.select("input[type=radio]")).hasSize(2)
			.allSatisfy((radio) -> assertThat(radio.hasAttr("checked")).as("neither is chosen").isFalse())
			.allSatisfy((radio) -> assertThat(radio.hasAttr("required")).isTrue());
		assertThat(conflict.select("label").eachText()).containsExactly("Your value: Summary of B",
				"Their value, saved meanwhile: Summary of A");
		assertThat(page.select("#summary").text()).as("B's own value stays in the field").isEqualTo("Summary of B");

		Map<String, String> unsettled = PostedForms.formOf(page);
		MvcTestResult refused = post(url, unsettled, "save", B);
		assertThat(refused).as("saving without a choice is refused").hasStatusOk();
		Document again = parse(refused);
		assertThat(again.select(".form-error").text()).contains("choose your value or theirs");
		assertThat(again.select("fieldset.conflict.invalid .error").text()).isEqualTo("Choose one of the two values.");
		assertThat(again.selectFirst("fieldset.conflict").attr("aria-describedby"))
			.isEqualTo(again.selectFirst("fieldset.conflict .error").id());
		assertThat(column("agreement", "summary", id)).isEqualTo("Summary of A");

		Map<String, String> chosen = PostedForms.formOf(again);
		chosen.put("conflicts[0].choice", "MINE");
		assertThat(post(url, chosen, "save", B)).hasStatus(HttpStatus.FOUND);
		assertThat(column("agreement", "summary", id)).isEqualTo("Summary of B");
		assertThat(column("agreement", "place", id)).isEqualTo("Harbin");
	}

	@Test
	void threeEditorsInARowLoseNothing() {
		long id = agreement("Pangolin accord edited thrice");
		String url = "/admin/agreements/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		formOfA.put("summary", "Summary of A");
		formOfA.put("titleRu", "Соглашение A");
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("place", "Minsk");
		formOfB.put("titleRu", "Соглашение B");
		Document first = parse(post(url, formOfB, "save", B));
		assertThat(first.select("fieldset.conflict legend").eachText()).containsExactly("Title (Russian)");

		Map<String, String> formOfC = open(url, C);
		formOfC.put("expires", "2030");
		assertThat(post(url, formOfC, "save", C)).hasStatus(HttpStatus.FOUND);

		Map<String, String> retry = PostedForms.formOf(first);
		MvcTestResult second = post(url, retry, "save", B);
		assertThat(second).as("merged again with C's version").hasStatusOk();
		Document page = parse(second);
		assertThat(page.select(".form-error .history-change").text()).contains("by editor-c")
			.doesNotContain("by editor-a");
		assertThat(page.select("#expires").val()).isEqualTo("2030");
		assertThat(page.select("#summary").text()).isEqualTo("Summary of A");
		assertThat(page.select("#place").val()).isEqualTo("Minsk");
		assertThat(page.select("fieldset.conflict legend").eachText()).as("a conflict without a choice stays")
			.containsExactly("Title (Russian)");

		Map<String, String> settled = PostedForms.formOf(page);
		settled.put("conflicts[0].choice", "THEIRS");
		assertThat(post(url, settled, "save", B)).hasStatus(HttpStatus.FOUND);
		assertThat(column("agreement", "summary", id)).isEqualTo("Summary of A");
		assertThat(column("agreement", "place", id)).isEqualTo("Minsk");
		assertThat(column("agreement", "title_ru", id)).isEqualTo("Соглашение A");
		assertThat(this.jdbc.queryForObject("select expires_on::text from agreement where id = ?", String.class, id))
			.startsWith("2030");
	}

	@Test
	void partiesAndSourcesOfAnAgreementMergeRowByRow() {
		long id = agreement("Axolotl charter with parties merged per row");
		String url = "/admin/agreements/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		// A: a note on the first party (DUT), the second party (BSUIR) removed, a source
		// added
		formOfA.put("parties[0].roleNote", "Coordinator");
		removeRow(formOfA, "parties", 1);
		formOfA.put("sources[1].url", "https://example.org/added-by-a");
		formOfA.put("sources[1].confidence", "MEDIUM");
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		// B: a note on the third party (BSU), a note on the first source
		formOfB.put("parties[2].roleNote", "Host");
		formOfB.put("sources[0].note", "Signed copy");
		Document page = parse(post(url, formOfB, "save", B));
		assertThat(page.select(".conflict")).isEmpty();
		assertThat(post(url, PostedForms.formOf(page), "save", B)).hasStatus(HttpStatus.FOUND);
		assertThat(parties(id)).containsExactlyInAnyOrder("dut:Coordinator", "bsu:Host");
		assertThat(this.jdbc.queryForList(
				"select s.url || ':' || coalesce(a.note, '') from agreement_source a join source s on s.id = a.source_id"
						+ " where a.agreement_id = ?",
				String.class, id))
			.containsExactlyInAnyOrder("https://example.org/merge-tests:Signed copy",
					"https://example.org/added-by-a:");
	}

	@Test
	void aRowOneRemovedAndTheOtherChangedIsAConflictOfTheWholeRow() {
		long id = agreement("Ibex convention losing a party");
		String url = "/admin/agreements/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		removeRow(formOfA, "parties", 2);
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("parties[2].roleNote", "Observer");
		Document page = parse(post(url, formOfB, "save", B));
		Element conflict = page.selectFirst("fieldset.conflict");
		assertThat(conflict.selectFirst("legend").text()).startsWith("Parties and signatories: ")
			.contains("Belarusian State University");
		assertThat(conflict.select("label").eachText()).containsExactly("Your value: keep it as in your form",
				"Their value, saved meanwhile: remove it");
		Map<String, String> removed = PostedForms.formOf(page);
		removed.put("conflicts[0].choice", "THEIRS");
		assertThat(post(url, removed, "save", B)).hasStatus(HttpStatus.FOUND);
		assertThat(parties(id)).containsExactlyInAnyOrder("dut:", "bsuir:");
	}

	@Test
	void otherNamesAndSourcesOfAUniversityMergeRowByRow() {
		Map<String, String> created = new LinkedHashMap<>();
		created.put("nameEn", "University edited by two editors");
		created.put("country", "BY");
		created.put("membershipRole", "NONE");
		created.put("aliases[0].name", "UETE");
		created.put("aliases[0].language", "en");
		created.put("aliases[0].kind", "ABBREVIATION");
		created.put("sources[0].url", "https://example.org/university-merge");
		created.put("sources[0].confidence", "HIGH");
		assertThat(post("/admin/universities/new", created, "save", A)).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from university where name_en = ?", Long.class,
				"University edited by two editors");
		String url = "/admin/universities/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		formOfA.put("city", "Brest");
		formOfA.put("aliases[0].note", "Used in the press");
		formOfA.put("aliases[1].name", "Унив. двух редакторов");
		formOfA.put("aliases[1].language", "ru");
		formOfA.put("aliases[1].kind", "VARIANT");
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("region", "Brest Region");
		formOfB.put("aliases[1].name", "大学");
		formOfB.put("aliases[1].language", "zh");
		formOfB.put("aliases[1].kind", "VARIANT");
		formOfB.put("sources[0].note", "Official site");
		Document page = parse(post(url, formOfB, "save", B));
		assertThat(page.select(".conflict")).isEmpty();
		assertThat(post(url, PostedForms.formOf(page), "save", B)).hasStatus(HttpStatus.FOUND);
		assertThat(column("university", "city", id)).isEqualTo("Brest");
		assertThat(column("university", "region", id)).isEqualTo("Brest Region");
		assertThat(this.jdbc.queryForList(
				"select name || ':' || coalesce(note, '') from university_alias where university_id = ?", String.class,
				id))
			.containsExactlyInAnyOrder("UETE:Used in the press", "Унив. двух редакторов:", "大学:");
		assertThat(this.jdbc.queryForObject("select note from university_source where university_id = ?", String.class,
				id))
			.isEqualTo("Official site");
	}

	@Test
	void positionsOfAPersonMergeRowByRow() {
		Map<String, String> created = new LinkedHashMap<>();
		created.put("nameEn", "Person edited by two editors");
		created.put("positions[0].universityId", universityId("dut"));
		created.put("positions[0].titleEn", "Dean");
		created.put("positions[1].universityId", universityId("bsu"));
		created.put("positions[1].titleEn", "Professor");
		assertThat(post("/admin/people/new", created, "save", A)).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from person where name_en = ?", Long.class,
				"Person edited by two editors");
		String url = "/admin/people/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		formOfA.put("positions[0].heldFrom", "2019");
		removeRow(formOfA, "positions", 1);
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("positions[0].titleRu", "Декан");
		formOfB.put("positions[2].universityId", universityId("bsuir"));
		formOfB.put("positions[2].titleEn", "Visiting professor");
		Document page = parse(post(url, formOfB, "save", B));
		assertThat(page.select(".conflict")).isEmpty();
		MvcTestResult dbg = post(url, PostedForms.formOf(page), "save", B);
		System.out.println("DEBUG-POSITIONS " + PostedForms.formOf(page) + " // "
				+ parse(dbg).select(".error, .form-error").text());
		assertThat(dbg).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForList(
				"select title_en || ':' || coalesce(title_ru, '') || ':' || coalesce(extract(year from held_from)::text, '')"
						+ " from position where person_id = ?",
				String.class, id))
			.containsExactlyInAnyOrder("Dean:Декан:2019", "Visiting professor::");
	}

	@Test
	void hostsOfAMeetingMergeOneByOneAndTheirValueCanBeChosen() {
		Map<String, String> created = new LinkedHashMap<>();
		created.put("titleEn", "Meeting edited by two editors");
		created.put("startsOn", "2027-05-10");
		created.put("city", "Gomel");
		created.put("country", "BY");
		created.put("hostIds", universityId("bsu"));
		assertThat(post("/admin/meetings/new", created, "save", A)).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from meeting where title_en = ?", Long.class,
				"Meeting edited by two editors");
		String url = "/admin/meetings/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		formOfA.put("venue", "Main building");
		formOfA.put("hostIds", universityId("dut"));
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("venue", "Congress hall");
		formOfB.put("participants", "120");
		Document page = parse(post(url, formOfB, "save", B));
		assertThat(page.select("fieldset.conflict legend").eachText()).containsExactly("Venue");
		Map<String, String> settled = PostedForms.formOf(page);
		settled.put("conflicts[0].choice", "THEIRS");
		assertThat(post(url, settled, "save", B)).hasStatus(HttpStatus.FOUND);
		assertThat(column("meeting", "venue", id)).isEqualTo("Main building");
		assertThat(this.jdbc.queryForObject("select participants from meeting where id = ?", Integer.class, id))
			.isEqualTo(120);
		assertThat(this.jdbc.queryForList(
				"select u.slug from meeting_host h join university u on u.id = h.university_id where h.meeting_id = ?",
				String.class, id))
			.as("A replaced BSU by DUT")
			.containsExactly("dut");
	}

	@Test
	void aSourceCorrectedByTwoEditorsKeepsBothCorrections() {
		agreement("Okapi treaty citing a corrected source");
		long id = this.jdbc.queryForObject("select id from source where url = ?", Long.class,
				"https://example.org/merge-tests");
		String url = "/admin/sources/" + id;
		Map<String, String> formOfA = open(url, A);
		Map<String, String> formOfB = open(url, B);
		formOfA.put("title", "Title corrected by A");
		assertThat(post(url, formOfA, "save", A)).hasStatus(HttpStatus.FOUND);
		formOfB.put("publisher", "Publisher corrected by B");
		Document page = parse(post(url, formOfB, "save", B));
		assertThat(page.select("#title").val()).isEqualTo("Title corrected by A");
		assertThat(post(url, PostedForms.formOf(page), "save", B)).hasStatus(HttpStatus.FOUND);
		assertThat(column("source", "title", id)).isEqualTo("Title corrected by A");
		assertThat(column("source", "publisher", id)).isEqualTo("Publisher corrected by B");
	}

	@Test
	void anAccountChangedByTwoAdministratorsKeepsBothChanges() {
		RequestPostProcessor admin = user(AdminTest.ADMIN).roles("ADMIN");
		RequestPostProcessor other = user("second-admin").roles("ADMIN");
		Map<String, String> created = new LinkedHashMap<>();
		created.put("username", "merged-account");
		created.put("role", "EDITOR");
		created.put("password", "a long enough password");
		created.put("confirmation", "a long enough password");
		assertThat(post("/admin/users/new", created, "save", admin)).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from account where username = 'merged-account'", Long.class);
		String url = "/admin/users/" + id;
		Map<String, String> first = open(url, admin);
		Map<String, String> second = open(url, other);
		first.put("role", "ADMIN");
		assertThat(post(url, first, "save", admin)).hasStatus(HttpStatus.FOUND);
		second.remove("enabled");
		Document page = parse(post(url, second, "save", other));
		assertThat(page.select(".form-error").text()).contains("someone changed this record after you opened the form");
		assertThat(page.select("#role option[selected]").val()).isEqualTo("ADMIN");
		assertThat(post(url, PostedForms.formOf(page), "save", other)).hasStatus(HttpStatus.FOUND);
		assertThat(column("account", "role", id)).isEqualTo("ADMIN");
		assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id)).isFalse();
	}

	private long agreement(String title) {
		agreements++;
		Map<String, String> form = new LinkedHashMap<>();
		form.put("titleEn", title);
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("signed", "2026-03-" + (10 + agreements));
		form.put("parties[0].universityId", universityId("dut"));
		form.put("parties[1].universityId", universityId("bsuir"));
		form.put("parties[2].universityId", universityId("bsu"));
		form.put("sources[0].url", "https://example.org/merge-tests");
		form.put("sources[0].confidence", "HIGH");
		assertThat(post("/admin/agreements/new", form, "draft", A)).hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select id from agreement where title_en = ?", Long.class, title);
	}

	private List<String> parties(long agreement) {
		return this.jdbc.queryForList(
				"select u.slug || ':' || coalesce(p.role_note, '') from agreement_party p"
						+ " join university u on u.id = p.university_id where p.agreement_id = ?",
				String.class, agreement);
	}

	/**
	 * Takes a row out of a posted form as its "remove" would, the rows after it moving
	 * up.
	 */
	private static void removeRow(Map<String, String> form, String list, int index) {
		Map<String, String> kept = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (!name.startsWith(list + "[")) {
				kept.put(name, value);
				return;
			}
			int end = name.indexOf(']');
			int row = Integer.parseInt(name.substring(list.length() + 1, end));
			if (row != index) {
				kept.put(list + "[" + ((row > index) ? row - 1 : row) + name.substring(end), value);
			}
		});
		form.clear();
		form.putAll(kept);
	}

	private Map<String, String> open(String url, RequestPostProcessor user) {
		MvcTestResult page = this.mvc.get().uri(url).with(user).exchange();
		assertThat(page).as(url).hasStatusOk();
		return PostedForms.formOf(parse(page));
	}

	private MvcTestResult post(String url, Map<String, String> form, String action, RequestPostProcessor user) {
		return PostedForms.post(this.mvc, url, form, action, user);
	}

	private String column(String table, String column, long id) {
		return this.jdbc.queryForObject("select " + column + " from " + table + " where id = ?", String.class, id);
	}

	private String universityId(String slug) {
		return String.valueOf(this.jdbc.queryForObject("select id from university where slug = ?", Long.class, slug));
	}

}
