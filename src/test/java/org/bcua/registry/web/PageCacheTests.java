package org.bcua.registry.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.admin.AdminPages;
import org.bcua.registry.admin.AdminTest;
import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * The rendered-page cache: anonymous pages are rendered once and served again until a
 * write, never for a signed-in editor, per language; conditional requests get a 304
 * without a body or any rendering; static files carry their content's hash and are kept
 * for a year.
 */
@AdminTest
class PageCacheTests {

	private static final RequestPostProcessor EDITOR = user("cache-editor").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PageCache cache;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void emptyCache() {
		this.cache.evictAll();
	}

	@Test
	void theSecondAnonymousRequestIsServedFromTheCacheWithoutAStatement() {
		double hits = count("hit");
		double misses = count("miss");
		MockHttpServletResponse first = get("/universities/dut").getResponse();
		QueryCounter counter = new QueryCounter(this.entityManagerFactory);
		MockHttpServletResponse[] second = new MockHttpServletResponse[1];
		assertThat(counter.count(() -> second[0] = get("/universities/dut").getResponse())).isZero();
		assertThat(count("miss")).isEqualTo(misses + 1);
		assertThat(count("hit")).isEqualTo(hits + 1);
		assertThat(text(second[0])).isEqualTo(text(first));
		assertThat(second[0].getContentType()).isEqualTo(first.getContentType()).startsWith("text/html");
		assertThat(second[0].getHeader("ETag")).isEqualTo(first.getHeader("ETag")).isNotBlank();
		for (MockHttpServletResponse response : new MockHttpServletResponse[] { first, second[0] }) {
			assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
			assertThat(response.getHeader("Vary")).isEqualTo("Cookie, Accept-Language, Accept");
			assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
			assertThat(response.getHeader("Pragma")).isNull();
		}
	}

	@Test
	void aWriteIsVisibleOnTheVeryNextAnonymousRequest() {
		assertThat(text(get("/universities/gsu-skorina"))).doesNotContain("Gomel on the Sozh");
		assertThat(text(get("/universities?country=BY&size=100"))).doesNotContain("Gomel on the Sozh");
		String id = String
			.valueOf(this.jdbc.queryForObject("select id from university where slug = 'gsu-skorina'", Long.class));
		Map<String, String> form = PostedForms
			.formOf(AdminPages.parse(this.mvc.get().uri("/admin/universities/" + id).with(EDITOR).exchange()));
		form.put("city", "Gomel on the Sozh");
		var save = this.mvc.post().uri("/admin/universities/" + id).with(EDITOR).with(csrf()).param("action", "save");
		form.forEach(save::param);
		assertThat(save.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(text(get("/universities/gsu-skorina"))).contains("Gomel on the Sozh");
		assertThat(text(get("/universities?country=BY&size=100"))).contains("Gomel on the Sozh");
	}

	@Test
	void aWriteCommittedThroughAnotherInstanceDropsThePagesKeptHere() throws InterruptedException {
		String id = String
			.valueOf(this.jdbc.queryForObject("select id from university where slug = 'gsu-skorina'", Long.class));
		String region = this.jdbc.queryForObject("select region from university where id = " + id, String.class);
		assertThat(text(get("/universities/gsu-skorina"))).doesNotContain("Gomel, written elsewhere");
		// another instance's save: its rows, then its notification, in one transaction
		this.jdbc.execute("begin; update university set region = 'Gomel, written elsewhere' where id = " + id
				+ "; select pg_notify('registry_changed', 'another instance'); commit");
		long notified = System.nanoTime();
		while (!text(get("/universities/gsu-skorina")).contains("Gomel, written elsewhere")) {
			assertThat(System.nanoTime() - notified).as("dropped within 2 s").isLessThan(2_000_000_000L);
			Thread.sleep(20);
		}
		this.jdbc.update("update university set region = ? where id = " + id, region);
		this.cache.evictAll();
	}

	@Test
	void aSignedInEditorIsNeverServedFromTheCacheAndWhatTheyGetIsNeverKept() {
		get("/agreements");
		MockHttpServletResponse signedIn = this.mvc.get().uri("/agreements").with(EDITOR).exchange().getResponse();
		assertThat(Jsoup.parse(text(signedIn)).select("nav.admin-bar")).hasSize(1);
		assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
		assertThat(signedIn.getHeader("ETag")).isNull();

		this.cache.evictAll();
		double misses = count("miss");
		this.mvc.get().uri("/agreements").with(EDITOR).exchange();
		assertThat(count("miss")).as("not even looked up").isEqualTo(misses);
		MockHttpServletResponse anonymous = get("/agreements").getResponse();
		assertThat(count("miss")).as("the editor's page was not kept").isEqualTo(misses + 1);
		assertThat(Jsoup.parse(text(anonymous)).select("nav.admin-bar")).isEmpty();
	}

	@Test
	void aMatchingIfNoneMatchGetsA304WithoutABodyOrAnyRendering() {
		String etag = get("/agreements?size=5").getResponse().getHeader("ETag");
		QueryCounter counter = new QueryCounter(this.entityManagerFactory);
		MvcTestResult[] revalidated = new MvcTestResult[1];
		assertThat(counter.count(() -> revalidated[0] = this.mvc.get()
			.uri("/agreements?size=5")
			.header("If-None-Match", etag)
			.exchange())).isZero();
		MockHttpServletResponse response = revalidated[0].getResponse();
		assertThat(response.getStatus()).isEqualTo(HttpStatus.NOT_MODIFIED.value());
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.getHeader("ETag")).isEqualTo(etag);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");

		this.cache.evictAll();
		MockHttpServletResponse renderedAgain = this.mvc.get()
			.uri("/agreements?size=5")
			.header("If-None-Match", etag)
			.exchange()
			.getResponse();
		assertThat(renderedAgain.getStatus()).as("the same text has the same tag").isEqualTo(304);
		assertThat(renderedAgain.getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.get().uri("/agreements?size=5").header("If-None-Match", "\"other\"").exchange())
			.hasStatusOk();
	}

	@Test
	void aHeadRequestIsAnsweredFromTheCacheWithoutABody() {
		get("/meetings");
		MockHttpServletResponse head = this.mvc.perform(head("/meetings")).getResponse();
		assertThat(head.getStatus()).isEqualTo(200);
		assertThat(head.getContentAsByteArray()).isEmpty();
		assertThat(head.getHeader("ETag")).isNotBlank();
	}

	@Test
	void errorPagesAreNeverKept() {
		double misses = count("miss");
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse missing = this.mvc.get()
				.uri("/universities/no-such-university")
				.exchange()
				.getResponse();
			assertThat(missing.getStatus()).isEqualTo(404);
			assertThat(missing.getHeader("Cache-Control")).contains("no-store");
			assertThat(missing.getHeader("ETag")).isNull();
		}
		assertThat(this.mvc.get().uri("/universities?page=0").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(count("miss")).isEqualTo(misses + 3);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void eachLanguageHasItsOwnPagesAndChangingTheLanguageIsNeverAnsweredFromTheCache() {
		for (int i = 0; i < 2; i++) {
			assertThat(heading(this.mvc.get().uri("/people").exchange())).isEqualTo("People");
			assertThat(heading(this.mvc.get().uri("/people").cookie(new Cookie("registry-lang", "ru")).exchange()))
				.isEqualTo("Персоналии");
			assertThat(heading(this.mvc.get().uri("/people").header("Accept-Language", "zh-CN,zh;q=0.9").exchange()))
				.isEqualTo("人物");
		}
		assertThat(this.cache.size()).isEqualTo(3);
		MockHttpServletResponse switched = this.mvc.get().uri("/people?lang=be").exchange().getResponse();
		assertThat(heading(switched)).isEqualTo("Персаналіі");
		assertThat(switched.getCookie("registry-lang").getValue()).isEqualTo("be");
		assertThat(switched.getHeader("Cache-Control")).contains("no-store");
		assertThat(heading(this.mvc.get().uri("/people").cookie(new Cookie("registry-lang", "be")).exchange()))
			.isEqualTo("Персаналіі");
	}

	@Test
	void staticFilesAreLinkedUnderTheirContentHashAndKeptForAYear() {
		Document home = Jsoup.parse(text(get("/")));
		String styles = home.select("link[rel=stylesheet]").attr("href");
		String script = home.select("script[src]").attr("src");
		assertThat(styles).matches("/css/registry-[0-9a-f]{32}\\.css");
		assertThat(script).matches("/js/search-[0-9a-f]{32}\\.js");
		for (String url : new String[] { styles, script }) {
			MockHttpServletResponse response = this.mvc.get().uri(url).exchange().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		}
		assertThat(this.mvc.get().uri("/css/registry-00000000000000000000000000000000.css").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		MockHttpServletResponse plain = this.mvc.get().uri("/css/registry.css").exchange().getResponse();
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getHeader("Cache-Control")).as("a plain name is revalidated").isEqualTo("no-cache");
	}

	private MvcTestResult get(String url) {
		MvcTestResult result = this.mvc.get().uri(url).exchange();
		assertThat(result).as(url).hasStatusOk();
		return result;
	}

	private double count(String result) {
		return this.meters.get("cache.gets")
			.tag("cache", PageCache.NAME)
			.tag("result", result)
			.functionCounter()
			.count();
	}

	private static String heading(MvcTestResult result) {
		return heading(result.getResponse());
	}

	private static String heading(MockHttpServletResponse response) {
		return Jsoup.parse(text(response)).select("h1").text();
	}

	private static String text(MvcTestResult result) {
		return text(result.getResponse());
	}

	private static String text(MockHttpServletResponse response) {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
