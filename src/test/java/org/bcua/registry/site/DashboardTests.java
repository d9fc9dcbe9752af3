package org.bcua.registry.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.admin.AdminPages;
import org.bcua.registry.admin.AdminTest;
import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard's latest changes say which record changed, by its title linked to its
 * admin page, and what kind of change it was, in a fixed number of statements however
 * many records the latest revisions wrote.
 */
@AdminTest
class DashboardTests {

	private static final RequestPostProcessor EDITOR = user("editor-dashboard").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void latestChangesNameAndLinkEachRecordWithTheKindOfChange() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", "Agreement seen on the dashboard");
		form.put("titleZh", "仪表板上的协议");
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("parties[0].universityId", id("university", "dut"));
		form.put("parties[1].universityId", id("university", "bsuir"));
		form.put("sources[0].url", "https://example.org/dashboard-2025");
		form.put("sources[0].confidence", "HIGH");
		assertThat(post("/admin/agreements/new", form, "draft")).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from agreement where title_en = ?", Long.class,
				"Agreement seen on the dashboard");
		long statementsBefore = statements(this::dashboard);
		Map<String, String> second = new LinkedHashMap<>(form);
		second.put("titleEn", "Memorandum on student theatre exchanges");
		second.put("parties[0].signatoryNameEn", "Signatory Seen On The Dashboard");
		second.put("sources[0].url", "https://example.org/dashboard-2025-second");
		second.put("parties[1].universityId", id("university", "bsu"));
		assertThat(post("/admin/agreements/new", second, "publish")).hasStatus(HttpStatus.FOUND);
		assertThat(statements(this::dashboard)).as("statements, whatever the records the latest revisions wrote")
			.isEqualTo(statementsBefore);
		Map<String, String> edited = PostedForms
			.formOf(parse(this.mvc.get().uri("/admin/agreements/" + id).with(EDITOR).exchange()));
		assertThat(post("/admin/agreements/" + id, edited, "publish")).hasStatus(HttpStatus.FOUND);

		Document page = dashboard();
		List<Element> rows = page.select("#recent-heading ~ table tbody tr");
		Element published = rows.get(0);
		assertThat(published.select("a").attr("href")).isEqualTo("/admin/agreements/" + id);
		assertThat(published.select("li").text()).isEqualTo("Published Agreement Agreement seen on the dashboard");
		assertThat(published.text()).contains("editor-dashboard");
		assertThat(rows.get(1).select("li").eachText()).contains(
				"Recorded Agreement Memorandum on student theatre exchanges",
				"Recorded Person Signatory Seen On The Dashboard",
				"Recorded Source https://example.org/dashboard-2025-second");
		assertThat(rows.get(2).select("li").eachText()).contains("Recorded Agreement Agreement seen on the dashboard",
				"Recorded Source https://example.org/dashboard-2025");
		assertThat(parse(this.mvc.get().uri("/admin?lang=zh").with(EDITOR).exchange())
			.select("#recent-heading ~ table tbody tr")
			.get(0)
			.select("li")
			.text()).contains("发布", "仪表板上的协议");
	}

	private Document dashboard() {
		MvcTestResult result = this.mvc.get().uri("/admin").with(EDITOR).exchange();
		assertThat(result).hasStatusOk();
		return parse(result);
	}

	private long statements(Runnable action) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		action.run();
		return statistics.getPrepareStatementCount();
	}

	private MvcTestResult post(String url, Map<String, String> form, String action) {
		return PostedForms.post(this.mvc, url, form, action, EDITOR);
	}

	private String id(String table, String slug) {
		return String
			.valueOf(this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug));
	}

}
