package org.bcua.registry.search;

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

import org.bcua.registry.admin.AdminTest;
import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A save through the admin forms is found by the very next request: on the search page,
 * in the searched lists and in their facet counts. Nothing is left stale for later.
 */
@AdminTest
class SearchAfterSaveTests {

	private static final RequestPostProcessor EDITOR = user("search-editor").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aPublishedAgreementAndItsNewSignatoryAreFoundOnTheNextRequest() {
		Document before = page("/agreements");
		Map<String, String> form = agreement("Memorandum on quasicrystal metallurgy", "2025-11-27");
		form.put("parties[0].signatoryNameEn", "Ysolde Quasarova");
		assertThat(post("/admin/agreements/new", form, "publish")).hasStatus(HttpStatus.FOUND);
		String slug = slug("agreement", "title_en", "Memorandum on quasicrystal metallurgy");
		String person = slug("person", "name_en", "Ysolde Quasarova");

		assertThat(indexed("AGREEMENT", "agreement", slug)).isTrue();
		assertThat(indexed("PERSON", "person", person)).isTrue();
		assertThat(results("/search?q=quasicrystal", "AGREEMENT")).containsExactly("/agreements/" + slug);
		assertThat(results("/search?q=Quasarova", "PERSON")).containsExactly("/people/" + person);
		Document list = page("/agreements?q=quasicrystal");
		assertThat(list.select("table.list tbody tr td:first-child a").eachAttr("href"))
			.containsExactly("/agreements/" + slug);
		assertThat(list.select("#facet-kind + ul .facet-count").eachText()).containsExactly("1");
		assertThat(list.select("#facet-year + ul .facet-label").eachText()).containsExactly("2025");
		assertThat(list.select("#facet-year + ul .facet-count").eachText()).containsExactly("1");
		Document after = page("/agreements");
		assertThat(count(after, "kind", "Memorandum")).isEqualTo(count(before, "kind", "Memorandum") + 1);
		assertThat(count(after, "year", "2025")).isEqualTo(count(before, "year", "2025") + 1);
		assertThat(after.select("table.list tbody tr td:first-child a").eachAttr("href"))
			.contains("/agreements/" + slug);
	}

	@Test
	void aDraftIsFoundWithItsSignatoryOnTheRequestAfterItIsPublished() {
		Map<String, String> form = agreement("Memorandum on permafrost hydrogeology", "2025-11-28");
		form.put("parties[1].signatoryNameEn", "Ottoline Draftwell");
		assertThat(post("/admin/agreements/new", form, "draft")).hasStatus(HttpStatus.FOUND);
		String slug = slug("agreement", "title_en", "Memorandum on permafrost hydrogeology");
		String person = slug("person", "name_en", "Ottoline Draftwell");
		assertThat(indexed("AGREEMENT", "agreement", slug)).as("indexed, though nobody sees it yet").isTrue();
		assertThat(indexed("PERSON", "person", person)).as("indexed, though nobody sees it yet").isTrue();
		assertThat(results("/search?q=hydrogeology", "AGREEMENT")).isEmpty();
		assertThat(results("/search?q=Draftwell", "PERSON")).isEmpty();

		long id = this.jdbc.queryForObject("select id from agreement where slug = ?", Long.class, slug);
		Map<String, String> edit = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/agreements/" + id).with(EDITOR).exchange()));
		assertThat(post("/admin/agreements/" + id, edit, "publish")).hasStatus(HttpStatus.FOUND);
		assertThat(results("/search?q=hydrogeology", "AGREEMENT")).containsExactly("/agreements/" + slug);
		assertThat(results("/search?q=Draftwell", "PERSON")).containsExactly("/people/" + person);
		assertThat(page("/agreements?q=hydrogeology").select("table.list tbody tr td:first-child a").eachAttr("href"))
			.containsExactly("/agreements/" + slug);
	}

	@Test
	void aRenamedUniversityIsFoundUnderItsNewNameAndAliasOnTheNextRequest() {
		String id = String
			.valueOf(this.jdbc.queryForObject("select id from university where slug = 'heilongjiang'", Long.class));
		Map<String, String> form = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/universities/" + id).with(EDITOR).exchange()));
		form.put("nameEn", "Heilongjiang Borealis University");
		int alias = 0;
		while (form.containsKey("aliases[" + alias + "].name") && !form.get("aliases[" + alias + "].name").isEmpty()) {
			alias++;
		}
		form.put("aliases[" + alias + "].name", "HLJBX");
		form.put("aliases[" + alias + "].language", "en");
		form.put("aliases[" + alias + "].kind", "ABBREVIATION");
		assertThat(post("/admin/universities/" + id, form, "save")).hasStatus(HttpStatus.FOUND);

		assertThat(results("/search?q=Borealis", "UNIVERSITY")).containsExactly("/universities/heilongjiang");
		assertThat(results("/search?q=HLJBX", "UNIVERSITY")).containsExactly("/universities/heilongjiang");
		assertThat(page("/universities?q=hljbx").select("table.list tbody tr td:first-child a").eachAttr("href"))
			.containsExactly("/universities/heilongjiang");
	}

	/**
	 * A filled agreement form: DUT and BSU as parties, one source.
	 */
	private Map<String, String> agreement(String title, String signed) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", title);
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("signed", signed);
		form.put("parties[0].universityId", id("dut"));
		form.put("parties[1].universityId", id("bsu"));
		form.put("sources[0].url", "https://example.org/search-after-save");
		form.put("sources[0].confidence", "HIGH");
		return form;
	}

	private boolean indexed(String kind, String table, String slug) {
		return this.jdbc.queryForObject("select e.names <> '' from search_entry e join " + table
				+ " r on r.id = e.record_id where e.kind = ? and r.slug = ?", Boolean.class, kind, slug);
	}

	/**
	 * The count a facet of a list page shows for a value (0 when the value is not
	 * listed).
	 */
	private static long count(Document page, String facet, String label) {
		for (org.jsoup.nodes.Element item : page.select("#facet-" + facet + " + ul li")) {
			if (item.select(".facet-label").text().equals(label)) {
				return Long.parseLong(item.select(".facet-count").text().replaceAll("\\D", ""));
			}
		}
		return 0;
	}

	private java.util.List<String> results(String url, String kind) {
		return page(url).select("#results-" + kind + " ol.results > li a.result-title").eachAttr("href");
	}

	private MvcTestResult post(String url, Map<String, String> form, String action) {
		return PostedForms.post(this.mvc, url, form, action, EDITOR);
	}

	private Document page(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).as(url).hasStatusOk();
		return parse(result);
	}

	private String slug(String table, String column, String value) {
		return this.jdbc.queryForObject("select slug from " + table + " where " + column + " = ?", String.class, value);
	}

	private String id(String university) {
		return String
			.valueOf(this.jdbc.queryForObject("select id from university where slug = ?", Long.class, university));
	}

}
