package org.bcua.registry.discovery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.university.UniversityService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap and robots.txt, the canonical, language and feed links of the pages, and
 * the "cite this record" block, against the real data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiscoveryTests {

	private static final String BASE = "http://localhost";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UniversityService universities;

	@Autowired
	private PersonService people;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private AgreementService agreements;

	@Test
	void sitemapListsEveryPublicRecordWithItsLastChange() throws Exception {
		Map<String, String> sitemap = sitemap();
		Map<String, String> expected = new HashMap<>();
		record(expected, "/universities/", "select slug, updated_at from university where archived_at is null");
		record(expected, "/people/",
				"select slug, updated_at from person where archived_at is null and published = true");
		record(expected, "/meetings/", "select slug, updated_at from meeting where archived_at is null");
		record(expected, "/agreements/", """
				select slug, updated_at from agreement where publication = 'PUBLISHED' and archived_at is null""");
		assertThat(sitemap).containsAllEntriesOf(expected);
		assertThat(sitemap).containsKeys(BASE + "/", BASE + "/universities", BASE + "/agreements", BASE + "/people",
				BASE + "/meetings");
		assertThat(sitemap).hasSize(expected.size() + 5);
	}

	@Test
	@Transactional
	void sitemapLeavesOutDraftsAndArchivedRecords() throws Exception {
		this.jdbc.update(
				"update agreement set publication = 'DRAFT' where slug = '2025-10-13-declaration-higher-education'");
		this.jdbc.update("update university set archived_at = now() where slug = 'vsu'");
		assertThat(sitemap())
			.doesNotContainKeys(BASE + "/agreements/2025-10-13-declaration-higher-education",
					BASE + "/universities/vsu")
			.containsKey(BASE + "/universities/dut");
	}

	/**
	 * Past the protocol's limit of addresses (here made 40, the real one is 50,000), the
	 * sitemap is an index of parts that together hold every address once.
	 */
	@Test
	void aLargeSitemapIsAnIndexOfParts() throws Exception {
		SitemapController small = new SitemapController(this.universities, this.people, this.meetings, this.agreements,
				40);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sitemap.xml");
		org.w3c.dom.Document index = xml(small.sitemap(null, request).getBody().getBytes(StandardCharsets.UTF_8));
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		NodeList parts = index.getElementsByTagNameNS("*", "loc");
		Map<String, String> all = sitemap();
		assertThat(parts.getLength()).isEqualTo((all.size() + 39) / 40).isGreaterThan(1);
		Map<String, String> joined = new HashMap<>();
		for (int part = 1; part <= parts.getLength(); part++) {
			assertThat(parts.item(part - 1).getTextContent()).isEqualTo(BASE + "/sitemap.xml?part=" + part);
			Map<String, String> urls = urls(
					xml(small.sitemap(part, request).getBody().getBytes(StandardCharsets.UTF_8)));
			assertThat(urls.size()).isLessThanOrEqualTo(40);
			joined.putAll(urls);
		}
		assertThat(joined).isEqualTo(all);
		assertThat(this.mvc.get().uri("/sitemap.xml?part=2").exchange()).hasStatus(404);
		MvcTestResult malformed = this.mvc.get().uri("/sitemap.xml?part=two").exchange();
		assertThat(malformed).hasStatus(400);
		assertThat(malformed.getResponse().getContentType()).startsWith("text/html");
	}

	@Test
	void robotsNamesTheSitemapAndKeepsCrawlersOutOfTheAdminArea() throws Exception {
		MvcTestResult robots = this.mvc.get().uri("/robots.txt").exchange();
		assertThat(robots).hasStatusOk();
		assertThat(robots.getResponse().getContentType()).startsWith("text/plain");
		assertThat(robots).bodyText()
			.contains("User-agent: *", "Disallow: /admin", "Sitemap: " + BASE + "/sitemap.xml");
	}

	@Test
	void aRecordPageIsCanonicalAtItsPermalinkInEveryLanguage() throws Exception {
		Document dut = page("/universities/dut?lang=ru&utm_source=mail");
		assertThat(dut.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/universities/dut");
		assertThat(alternates(dut)).containsExactly(Map.entry("en", BASE + "/universities/dut?lang=en"),
				Map.entry("ru", BASE + "/universities/dut?lang=ru"),
				Map.entry("be", BASE + "/universities/dut?lang=be"),
				Map.entry("zh", BASE + "/universities/dut?lang=zh"),
				Map.entry("x-default", BASE + "/universities/dut"));
	}

	@Test
	void aListIsCanonicalWithItsFiltersWithoutPagingOrLanguage() throws Exception {
		Document list = page("/universities?country=BY&page=2&size=5&sort=NAME&lang=en&utm_campaign=x");
		assertThat(list.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/universities?country=BY");
		assertThat(alternates(list)).containsEntry("zh", BASE + "/universities?country=BY&lang=zh");
	}

	@Test
	void absoluteLinksFollowTheHostAskedForEvenFromTheCache() throws Exception {
		for (String host : List.of("registry.example", "other.example:8443")) {
			for (int i = 0; i < 2; i++) {
				MvcTestResult result = this.mvc.get().uri("http://" + host + "/meetings/2025-10-13-minsk").exchange();
				assertThat(result).hasStatusOk();
				Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
				assertThat(page.select("link[rel=canonical]").attr("href"))
					.isEqualTo("http://" + host + "/meetings/2025-10-13-minsk");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/universities/dut|/universities/dut/agreements.atom",
			"/people/xiang-changle|/people/xiang-changle/agreements.atom",
			"/meetings/2025-10-13-minsk|/meetings/2025-10-13-minsk/agreements.atom",
			"/agreements|/feeds/agreements.atom", "/|/feeds/agreements.atom",
			"/agreements?university=bsuir|/universities/bsuir/agreements.atom",
			"/agreements?area=education-and-science|/feeds/agreements.atom?area=education-and-science" })
	void pagesNameTheirFeedForAutoDiscovery(String pageAndFeed) throws Exception {
		String[] parts = pageAndFeed.split("\\|");
		Document page = page(parts[0] + (parts[0].contains("?") ? "&" : "?") + "lang=en");
		Element feed = page.selectFirst("link[rel=alternate][type=application/atom+xml]");
		assertThat(feed).as(parts[0]).isNotNull();
		assertThat(feed.attr("href")).isEqualTo(BASE + parts[1]);
		assertThat(feed.attr("title")).isNotBlank();
		if (!parts[1].contains("area=")) {
			assertThat(this.mvc.get().uri(parts[1]).exchange()).hasStatusOk();
		}
	}

	@Test
	void anAgreementPageHasNoFeedAndErrorPagesHaveNoLinks() throws Exception {
		assertThat(page("/agreements/2025-10-13-declaration-higher-education?lang=en")
			.select("link[type=application/atom+xml]")).isEmpty();
		MvcTestResult missing = this.mvc.get().uri("/universities/no-such-university").exchange();
		assertThat(missing).hasStatus(404);
		Document notFound = Jsoup.parse(missing.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(notFound.select("link[rel=canonical], link[rel=alternate], script[type=application/ld+json]"))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/universities/dut", "/people/xiang-changle", "/meetings/2025-10-13-minsk",
			"/agreements/2025-10-13-declaration-higher-education" })
	void everyRecordPageOffersACitationWithItsPermalinkAndToday(String path) throws Exception {
		Document page = page(path + "?lang=en");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Element cite = page.selectFirst("details.cite");
		assertThat(cite).isNotNull();
		assertThat(cite.select("summary").text()).isEqualTo("Cite this record");
		String title = page.select("h1").text();
		assertThat(page.select("#cite-text").text()).isEqualTo("Registry of the Association of Universities of "
				+ "Belarus and China. “" + title + "”. " + BASE + path + " (accessed " + today + ").");
		assertThat(page.select("label[for=cite-text]").text()).isEqualTo("Plain text");
		assertThat(page.select("label[for=cite-bibtex]").text()).isEqualTo("BibTeX entry");
		String bibtex = page.select("#cite-bibtex").first().wholeText();
		assertThat(bibtex).startsWith("@misc{bcua" + path.replace('/', '-') + ",")
			.contains("title = {{" + title + "}}", "url = {" + BASE + path + "}", "urldate = {" + today + "}")
			.endsWith("}");
	}

	@Test
	void theCitationSpeaksTheLanguageOfThePage() throws Exception {
		Document page = page("/universities/dut?lang=zh");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(page.select("details.cite summary").text()).isEqualTo("引用此记录");
		assertThat(page.select("#cite-text").text())
			.isEqualTo("中国-白俄罗斯大学联盟资料库. 大连理工大学[EB/OL]. [" + today + "]. " + BASE + "/universities/dut.");
		Document russian = page("/universities/dut?lang=ru");
		assertThat(russian.select("#cite-text").text()).contains("(дата обращения: "
				+ LocalDate.now(ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
				+ ")");
	}

	private Map<String, String> sitemap() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/xml");
		org.w3c.dom.Document xml = xml(result.getResponse().getContentAsByteArray());
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		return urls(xml);
	}

	private static org.w3c.dom.Document xml(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		return xml;
	}

	private static Map<String, String> urls(org.w3c.dom.Document xml) {
		NodeList urls = xml.getElementsByTagNameNS("*", "url");
		Map<String, String> byLocation = new HashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
			String location = url.getElementsByTagNameNS("*", "loc").item(0).getTextContent();
			NodeList lastmod = url.getElementsByTagNameNS("*", "lastmod");
			assertThat(byLocation.put(location, (lastmod.getLength() > 0) ? lastmod.item(0).getTextContent() : ""))
				.as("listed twice: " + location)
				.isNull();
		}
		return byLocation;
	}

	private void record(Map<String, String> expected, String prefix, String sql) {
		this.jdbc.query(sql, (row) -> {
			expected.put(BASE + prefix + row.getString("slug"),
					row.getTimestamp("updated_at").toInstant().truncatedTo(ChronoUnit.SECONDS).toString());
		});
	}

	private static Map<String, String> alternates(Document page) {
		Map<String, String> languages = new java.util.LinkedHashMap<>();
		for (Element link : page.select("link[rel=alternate][hreflang]")) {
			languages.put(link.attr("hreflang"), link.attr("href"));
		}
		return languages;
	}

	private Document page(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).as(url).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
