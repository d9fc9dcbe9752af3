package org.bcua.registry.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordChanged.Change;
import org.bcua.registry.shared.RecordKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every write publishes {@link RecordChanged} for each record it wrote, so that other
 * features (the search index) can follow.
 */
@AdminTest
@RecordApplicationEvents
class RecordChangedTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEvents events;

	@Test
	void recordingAnAgreementAnnouncesTheAgreementItsNewSignatoryAndItsNewSource() {
		assertThat(this.mvc.post()
			.uri("/admin/agreements/new")
			.with(user("event-editor").roles("EDITOR"))
			.with(csrf())
			.param("action", "publish")
			.param("titleEn", "Agreement announced to listeners")
			.param("kind", "MEMORANDUM")
			.param("status", "SIGNED")
			.param("signed", "2025-12-01")
			.param("parties[0].universityId", id("university", "bsu"))
			.param("parties[0].signatoryNameEn", "Announced Signatory")
			.param("parties[1].universityId", id("university", "dut"))
			.param("sources[0].url", "https://example.org/announced")
			.param("sources[0].confidence", "HIGH")
			.exchange()).hasStatus(HttpStatus.FOUND);
		long agreement = this.jdbc.queryForObject("select id from agreement where title_en = ?", Long.class,
				"Agreement announced to listeners");
		long person = this.jdbc.queryForObject("select id from person where name_en = 'Announced Signatory'",
				Long.class);
		long source = this.jdbc.queryForObject("select id from source where url = 'https://example.org/announced'",
				Long.class);
		assertThat(this.events.stream(RecordChanged.class)).contains(
				new RecordChanged(RecordKind.AGREEMENT, agreement, Change.CREATED),
				new RecordChanged(RecordKind.AGREEMENT, agreement, Change.PUBLISHED),
				new RecordChanged(RecordKind.PERSON, person, Change.CREATED),
				new RecordChanged(RecordKind.SOURCE, source, Change.CREATED));
	}

	private String id(String table, String slug) {
		return String
			.valueOf(this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug));
	}

}
