package org.bcua.registry.admin;

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
 * Input the forms must refuse with a clear answer: line breaks and bidirectional controls
 * in one-line fields (a field error), a button the form does not have (400), and the
 * error path asked for directly (404, not a server error).
 */
@AdminTest
class FormInputTests {

	private static final RequestPostProcessor EDITOR = user("input-editor").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void lineBreaksAndBidiControlsInAUniversitysNamesAreFieldErrors() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/universities/new")
			.with(EDITOR)
			.with(csrf())
			.param("action", "save")
			.param("nameEn", "Reversed \u202Eytisrevinu")
			.param("nameRu", "Первая строка\r\nВторая строка")
			.param("city", "Minsk\nInjected")
			.param("nameZh", "白俄罗斯国立大学")
			.param("country", "BY")
			.param("membershipRole", "NONE")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("#nameEn-error").text()).contains("One line only");
		assertThat(page.select("#nameRu-error").text()).contains("One line only");
		assertThat(page.select("#city-error").text()).contains("One line only");
		assertThat(page.select("#nameZh-error")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from university where name_en like 'Reversed%'",
				Integer.class))
			.isZero();
	}

	@Test
	void aLineBreakInAPersonsNameOrAnAgreementsTitleIsAFieldError() {
		MvcTestResult person = this.mvc.post()
			.uri("/admin/people/new")
			.with(EDITOR)
			.with(csrf())
			.param("action", "save")
			.param("nameEn", "Two\u2028Lines")
			.exchange();
		assertThat(parse(person).select("#nameEn-error").text()).contains("One line only");
		MvcTestResult agreement = this.mvc.post()
			.uri("/admin/agreements/new")
			.with(EDITOR)
			.with(csrf())
			.param("action", "draft")
			.param("titleEn", "Agreement\rwith a carriage return")
			.param("titleZh", "协议\u2066隔离\u2069")
			.exchange();
		assertThat(agreement).hasStatusOk();
		Document page = parse(agreement);
		assertThat(page.select("#titleEn-error").text()).contains("One line only");
		assertThat(page.select("#titleZh-error").text()).contains("One line only");
	}

	@Test
	void anUnknownActionOfTheAgreementFormIsABadRequestAndSavesNothing() {
		Integer before = this.jdbc.queryForObject("select count(*) from agreement", Integer.class);
		for (String action : new String[] { "bogus", "removeParty:x", "PUBLISH" }) {
			MvcTestResult result = this.mvc.post()
				.uri("/admin/agreements/new")
				.with(EDITOR)
				.with(csrf())
				.param("action", action)
				.param("titleEn", "Agreement saved by an unknown button")
				.exchange();
			assertThat(result).as(action).hasStatus(HttpStatus.BAD_REQUEST);
		}
		Long any = this.jdbc.queryForObject("select min(id) from agreement", Long.class);
		assertThat(this.mvc.post()
			.uri("/admin/agreements/" + any)
			.with(EDITOR)
			.with(csrf())
			.param("action", "publishNow")
			.param("titleEn", "Changed by an unknown button")
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.jdbc.queryForObject("select count(*) from agreement", Integer.class)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where title_en like '%unknown button'",
				Integer.class))
			.isZero();
	}

	@Test
	void anUnknownActionOfTheOtherFormsIsABadRequestAndSavesNothing() {
		for (String kind : new String[] { "universities", "people", "meetings" }) {
			String table = Map.of("universities", "university", "people", "person", "meetings", "meeting").get(kind);
			Integer before = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
			for (String action : new String[] { "bogus", "SAVE", "addRelation" }) {
				MvcTestResult result = this.mvc.post()
					.uri("/admin/" + kind + "/new")
					.with(EDITOR)
					.with(csrf())
					.param("action", action)
					.param("nameEn", "Saved by an unknown button")
					.param("titleEn", "Saved by an unknown button")
					.exchange();
				assertThat(result).as(kind + " " + action).hasStatus(HttpStatus.BAD_REQUEST);
			}
			assertThat(this.jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(kind)
				.isEqualTo(before);
		}
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() {
		assertThat(this.mvc.get().uri("/error").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/error").with(EDITOR).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

}
