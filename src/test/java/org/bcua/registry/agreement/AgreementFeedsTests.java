package org.bcua.registry.agreement;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every kind of Atom feed back with ROME's parser and compares its ids, dates and
 * links with the real data in PostgreSQL. MockMvc's requests run in the test's thread, so
 * a {@code @Transactional} test sees (and rolls back) the changes it makes with JDBC.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementFeedsTests {

	private static final String BASE = "http://localhost";

	/**
	 * Published agreements that are not archived, the last changed first (the feeds'
	 * order).
	 */
	private static final String PUBLIC = """
			select a.id, a.slug, a.updated_at, a.created_at from agreement a
			where a.publication = 'PUBLISHED' and a.archived_at is null %s
			order by a.updated_at desc, a.id desc limit 50
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyAgreementsFeedListsThePublishedAgreementsLastChangedFirst() throws Exception {
		SyndFeed feed = feed("/feeds/agreements.atom");
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getUri()).startsWith("urn:uuid:");
		assertThat(feed.getTitle()).isEqualTo(
				"Registry of the Association of Universities of Belarus and China: " + "new and changed agreements");
		assertThat(link(feed.getLinks(), "self")).isEqualTo(BASE + "/feeds/agreements.atom");
		assertThat(link(feed.getLinks(), "alternate")).isEqualTo(BASE + "/agreements");
		assertThat(feed.getAuthors()).extracting("name")
			.containsExactly("Registry of the Association of Universities of Belarus and China");
		assertEntriesAre(feed, "");
		Instant latest = this.jdbc
			.queryForObject(
					"select max(updated_at) from agreement where publication = 'PUBLISHED' and archived_at is null",
					Timestamp.class)
			.toInstant();
		assertThat(feed.getPublishedDate().toInstant()).isEqualTo(latest.truncatedTo(ChronoUnit.SECONDS));
		SyndEntry first = feed.getEntries().get(0);
		assertThat(first.getDescription().getValue()).isNotBlank();
		assertThat(first.getAuthors()).extracting("name").isNotEmpty();
	}

	@Test
	void aUniversitysFeedListsTheAgreementsItIsPartyTo() throws Exception {
		SyndFeed feed = feed("/universities/dut/agreements.atom");
		assertThat(feed.getTitle()).startsWith("Dalian University of Technology: new and changed agreements");
		assertThat(link(feed.getLinks(), "alternate")).isEqualTo(BASE + "/universities/dut");
		assertThat(link(feed.getLinks(), "self")).isEqualTo(BASE + "/universities/dut/agreements.atom");
		assertThat(feed.getEntries()).isNotEmpty();
		assertEntriesAre(feed, """
				and exists (select 1 from agreement_party p join university u on u.id = p.university_id
				            where p.agreement_id = a.id and u.slug = 'dut')""");
	}

	@Test
	void aPersonsFeedListsTheAgreementsTheySigned() throws Exception {
		SyndFeed feed = feed("/people/xiang-changle/agreements.atom");
		assertThat(link(feed.getLinks(), "alternate")).isEqualTo(BASE + "/people/xiang-changle");
		assertThat(feed.getEntries()).isNotEmpty();
		assertEntriesAre(feed, """
				and exists (select 1 from agreement_party p join person x on x.id = p.signatory_id
				            where p.agreement_id = a.id and x.slug = 'xiang-changle')""");
	}

	@Test
	void aMeetingsFeedListsTheAgreementsSignedThere() throws Exception {
		SyndFeed feed = feed("/meetings/2025-10-13-minsk/agreements.atom");
		assertThat(link(feed.getLinks(), "alternate")).isEqualTo(BASE + "/meetings/2025-10-13-minsk");
		assertThat(feed.getEntries()).isNotEmpty();
		assertEntriesAre(feed, "and a.meeting_id = (select id from meeting where slug = '2025-10-13-minsk')");
	}

	@Test
	void anAreasFeedListsTheAgreementsOfTheArea() throws Exception {
		String area = this.jdbc.queryForObject("""
				select x.slug from area x join agreement_area aa on aa.area_id = x.id
				group by x.slug order by count(*) desc, x.slug limit 1""", String.class);
		SyndFeed feed = feed("/feeds/agreements.atom?area=" + area);
		assertThat(link(feed.getLinks(), "alternate")).isEqualTo(BASE + "/agreements?area=" + area);
		assertThat(link(feed.getLinks(), "self")).isEqualTo(BASE + "/feeds/agreements.atom?area=" + area);
		assertThat(feed.getEntries()).isNotEmpty();
		assertEntriesAre(feed, """
				and exists (select 1 from agreement_area aa join area x on x.id = aa.area_id
				            where aa.agreement_id = a.id and x.slug = '%s')""".formatted(area));
		assertThat(feed.getEntries().get(0).getCategories()).extracting("name").contains(area);
	}

	@Test
	@Transactional
	void draftsAndArchivedAgreementsNeverAppear() throws Exception {
		List<Long> latest = this.jdbc.queryForList(PUBLIC.formatted(""))
			.stream()
			.map((row) -> (Long) row.get("id"))
			.toList()
			.subList(0, 2);
		this.jdbc.update("update agreement set publication = 'DRAFT', updated_at = now() where id = ?", latest.get(0));
		this.jdbc.update("update agreement set archived_at = now(), updated_at = now() where id = ?", latest.get(1));
		SyndFeed all = feed("/feeds/agreements.atom");
		assertThat(all.getEntries()).extracting(SyndEntry::getUri)
			.doesNotContain(AgreementFeeds.entryId(latest.get(0)), AgreementFeeds.entryId(latest.get(1)));
		assertEntriesAre(all, "");
		SyndFeed dut = feed("/universities/dut/agreements.atom");
		assertThat(dut.getEntries()).extracting(SyndEntry::getUri)
			.doesNotContain(AgreementFeeds.entryId(latest.get(0)), AgreementFeeds.entryId(latest.get(1)));
	}

	@Test
	void theFeedSpeaksTheLanguageAskedFor() throws Exception {
		SyndFeed feed = feed("/universities/dut/agreements.atom?lang=zh");
		assertThat(feed.getTitle()).startsWith("大连理工大学");
		assertThat(this.mvc.get().uri("/universities/dut/agreements.atom?lang=zh").exchange()).bodyText()
			.contains("xml:lang=\"zh\"");
		Map<String, Object> declaration = this.jdbc.queryForMap(
				"select id, coalesce(title_zh, title_en) as title from agreement where slug = '2025-10-13-declaration-higher-education'");
		SyndEntry entry = feed.getEntries()
			.stream()
			.filter((e) -> e.getUri().equals(AgreementFeeds.entryId((Long) declaration.get("id"))))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getTitle()).isEqualTo(declaration.get("title"));
		assertThat(entry.getDescription().getValue()).contains("缔约方", "2025年10月13日");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/universities/no-such-university/agreements.atom", "/people/nobody/agreements.atom",
			"/meetings/never/agreements.atom", "/feeds/agreements.atom?area=no-such-area" })
	void anUnknownSlugIsTheNotFoundPage(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).hasStatus(404);
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		assertThat(result).bodyText().contains("<html");
	}

	/**
	 * The feed's entries are exactly the published agreements the query selects, in its
	 * order, each with its id, dates and page.
	 */
	private void assertEntriesAre(SyndFeed feed, String condition) {
		List<Map<String, Object>> expected = this.jdbc.queryForList(PUBLIC.formatted(condition));
		assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
			.containsExactlyElementsOf(
					expected.stream().map((row) -> AgreementFeeds.entryId((Long) row.get("id"))).toList());
		for (int i = 0; i < expected.size(); i++) {
			SyndEntry entry = feed.getEntries().get(i);
			Map<String, Object> row = expected.get(i);
			assertThat(entry.getLink()).isEqualTo(BASE + "/agreements/" + row.get("slug"));
			assertThat(entry.getUpdatedDate().toInstant())
				.isEqualTo(((Timestamp) row.get("updated_at")).toInstant().truncatedTo(ChronoUnit.SECONDS));
			assertThat(entry.getPublishedDate().toInstant())
				.isEqualTo(((Timestamp) row.get("created_at")).toInstant().truncatedTo(ChronoUnit.SECONDS));
			assertThat(entry.getTitle()).isNotBlank();
		}
	}

	private SyndFeed feed(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).as(url).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return new SyndFeedInput().build(new StringReader(xml));
	}

	private static String link(List<SyndLink> links, String rel) {
		return links.stream().filter((link) -> rel.equals(link.getRel())).findFirst().orElseThrow().getHref();
	}

}
