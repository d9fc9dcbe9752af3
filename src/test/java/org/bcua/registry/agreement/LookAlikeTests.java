package org.bcua.registry.agreement;

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
 * The "may already be recorded" question, once answered for an agreement, is not asked
 * again on each later save of it, unless what made it a look-alike changes.
 */
@AdminTest
class LookAlikeTests {

	private static final RequestPostProcessor EDITOR = user("editor-look-alike").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aConfirmedLookAlikeIsAskedAgainOnlyWhenItsPartiesDateOrTitleChange() {
		Map<String, String> first = twoParties("Memorandum on the robotics summer camp for pupils", "2025-11-27");
		assertThat(post("/admin/agreements/new", first, "publish")).hasStatus(HttpStatus.FOUND);

		Map<String, String> second = twoParties("Memorandum on a robotics summer camp for pupils", "2025-11-27");
		assertThat(parse(post("/admin/agreements/new", second, "draft")).select(".warning").text())
			.contains("may already be recorded", "Memorandum on the robotics summer camp for pupils");
		second.put("duplicateConfirmed", "true");
		assertThat(post("/admin/agreements/new", second, "draft")).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from agreement where title_en = ?", Long.class,
				"Memorandum on a robotics summer camp for pupils");

		Map<String, String> edited = editForm(id);
		assertThat(edited).doesNotContainKey("duplicateConfirmed");
		edited.put("summary", "A summary added later.");
		assertThat(post("/admin/agreements/" + id, edited, "save")).as("only the summary changed")
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select summary from agreement where id = ?", String.class, id))
			.isEqualTo("A summary added later.");

		Map<String, String> redated = editForm(id);
		redated.put("signed", "2025-11-28");
		MvcTestResult asked = post("/admin/agreements/" + id, redated, "save");
		assertThat(asked).as("the date changed").hasStatusOk();
		assertThat(parse(asked).select(".warning").text()).contains("may already be recorded",
				"Memorandum on the robotics summer camp for pupils");
		redated.put("duplicateConfirmed", "true");
		assertThat(post("/admin/agreements/" + id, redated, "save")).hasStatus(HttpStatus.FOUND);

		Map<String, String> retitled = editForm(id);
		retitled.put("titleEn", "Memorandum on the robotics summer camp for pupils");
		assertThat(post("/admin/agreements/" + id, retitled, "save")).as("the title changed").hasStatusOk();
	}

	private Map<String, String> editForm(long id) {
		Document page = parse(this.mvc.get().uri("/admin/agreements/" + id).with(EDITOR).exchange());
		assertThat(page.select(".warning")).as("the edit form itself asks nothing").isEmpty();
		return PostedForms.formOf(page);
	}

	private Map<String, String> twoParties(String title, String signed) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", title);
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("signed", signed);
		form.put("parties[0].universityId", id("pku"));
		form.put("parties[1].universityId", id("bsu"));
		form.put("sources[0].url", "https://example.org/robotics-2025");
		form.put("sources[0].confidence", "HIGH");
		return form;
	}

	private MvcTestResult post(String url, Map<String, String> form, String action) {
		return PostedForms.post(this.mvc, url, form, action, EDITOR);
	}

	private String id(String slug) {
		return String.valueOf(this.jdbc.queryForObject("select id from university where slug = ?", Long.class, slug));
	}

}
