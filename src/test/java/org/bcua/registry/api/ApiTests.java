package org.bcua.registry.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public read-only API on the real data: every endpoint, its filters, pages and
 * links, dates with their precision, problem details for what a client sends wrong,
 * conditional requests, CORS, the JSON of a record's page, and that drafts never show.
 * Each test sends its requests from an address of its own, so that the rate limit (tested
 * in {@link ApiRateLimitTests}) never stops them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static final String DECLARATION = "2025-10-13-declaration-higher-education";

	private static final String MONTH_PRECISION = "2019-12-bntu-zjweu-cooperation-agreement";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	private final RequestPostProcessor client = client();

	@Test
	void agreementsFilteredByCountryArePagedWithLinksAndTheirTotal() {
		MvcTestResult result = get("/api/v1/agreements?country=BY&size=2");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		JsonNode page = body(result);
		long total = page.get("totalItems").asLong();
		assertThat(total).isGreaterThan(2);
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("totalPages").asInt()).isEqualTo((int) ((total + 1) / 2));
		assertThat(result.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(total));
		String link = result.getResponse().getHeader("Link");
		assertThat(link).contains("<http://localhost/api/v1/agreements?country=BY&size=2&page=2>; rel=\"next\"")
			.contains("page=1>; rel=\"first\"")
			.contains("page=" + ((total + 1) / 2) + ">; rel=\"last\"")
			.doesNotContain("rel=\"prev\"");
		assertThat(get("/api/v1/agreements?country=BY&size=2&page=2").getResponse().getHeader("Link"))
			.contains("page=1>; rel=\"prev\"");

		List<String> belarusian = texts(body(get("/api/v1/universities?country=BY&size=100")).get("items"), "slug");
		List<String> all = new ArrayList<>();
		for (int number = 1; number <= (total + 99) / 100; number++) {
			for (JsonNode item : body(get("/api/v1/agreements?country=BY&size=100&page=" + number)).get("items")) {
				all.add(item.get("slug").asString());
				assertThat(texts(item.get("parties"), "slug")).as(item.get("slug").asString())
					.anyMatch(belarusian::contains);
			}
		}
		assertThat(all).hasSize((int) total).doesNotHaveDuplicates();
		long everything = body(get("/api/v1/agreements")).get("totalItems").asLong();
		assertThat(everything).isGreaterThanOrEqualTo(total);
		long declarations = body(get("/api/v1/agreements?kind=DECLARATION")).get("totalItems").asLong();
		assertThat(declarations).isPositive().isLessThan(everything);
	}

	@Test
	void anAgreementCarriesItsPartiesSignatoriesMeetingSourcesAndChangeLog() {
		JsonNode agreement = body(get("/api/v1/agreements/" + DECLARATION));
		assertThat(agreement.get("slug").asString()).isEqualTo(DECLARATION);
		assertThat(agreement.get("page").asString()).isEqualTo("http://localhost/agreements/" + DECLARATION);
		assertThat(agreement.get("api").asString()).isEqualTo("http://localhost/api/v1/agreements/" + DECLARATION);
		assertThat(agreement.get("titles").get(0).get("value").asString())
			.isEqualTo("Declaration on cooperation in higher education between Chinese and Belarusian universities");
		assertThat(agreement.get("titles").get(0).get("language").asString()).isEqualTo("en");
		assertThat(agreement.get("kind").asString()).isEqualTo("DECLARATION");
		assertThat(agreement.get("meeting").get("slug").asString()).isEqualTo("2025-10-13-minsk");
		assertThat(agreement.get("signed").get("value").asString()).isEqualTo("2025-10-13");
		assertThat(agreement.get("signed").get("precision").asString()).isEqualTo("day");
		JsonNode parties = agreement.get("parties");
		assertThat(parties).hasSize(2);
		JsonNode bsuir = parties.get(0).get("university").get("slug").asString().equals("bsuir") ? parties.get(0)
				: parties.get(1);
		assertThat(bsuir.get("signatory").get("person").get("name").asString()).isEqualTo("Vadim Bogush");
		assertThat(texts(bsuir.get("signatory").get("position"), "value")).contains("Rector");
		assertThat(bsuir.get("signed").get("value").asString()).isEqualTo("2025-10-13");
		assertThat(agreement.get("sources")).isNotEmpty();
		assertThat(agreement.get("sources").get(0).get("confidence").asString()).isIn("HIGH", "MEDIUM");
		assertThat(agreement.get("sources").get(0).get("source").get("url").asString()).startsWith("http");
		assertThat(texts(agreement.get("changes"), "kind")).contains("CREATED");
		assertThat(agreement.get("changes").get(0).has("by")).isFalse();
	}

	@Test
	void aDateKnownToTheMonthKeepsItsPrecision() {
		JsonNode agreement = body(get("/api/v1/agreements/" + MONTH_PRECISION));
		assertThat(agreement.get("signed").get("value").asString()).isEqualTo("2019-12");
		assertThat(agreement.get("signed").get("precision").asString()).isEqualTo("month");
		assertThat(agreement.has("inForce")).isFalse();
		JsonNode listed = body(get("/api/v1/agreements?year=2019&kind=COOPERATION_AGREEMENT&size=100")).get("items");
		assertThat(texts(listed, "slug")).contains(MONTH_PRECISION);
		for (JsonNode item : listed) {
			if (item.get("slug").asString().equals(MONTH_PRECISION)) {
				assertThat(item.get("date").get("value").asString()).isEqualTo("2019-12");
				assertThat(item.get("date").get("precision").asString()).isEqualTo("month");
			}
		}
	}

	@Test
	@Transactional
	void aUniversityCarriesItsNamesAliasesIdentifiersMembershipAndAgreements() {
		this.jdbc.update("update university set ror_id = '023hj5876', wikidata_id = 'Q1125537' where slug = 'dut'");
		JsonNode dut = body(get("/api/v1/universities/dut"));
		assertThat(dut.get("identifiers").get("ror").asString()).isEqualTo("023hj5876");
		assertThat(dut.get("identifiers").get("wikidata").asString()).isEqualTo("Q1125537");
		assertThat(dut.get("country").asString()).isEqualTo("CN");
		List<String> names = new ArrayList<>();
		dut.get("names")
			.forEach((name) -> names.add(name.get("value").asString() + "|" + name.get("language").asString() + "|"
					+ name.get("kind").asString()));
		assertThat(names).contains("Dalian University of Technology|en|NAME", "大连理工大学|zh|NAME", "DUT|en|ABBREVIATION",
				"Даляньский политехнический университет|ru|PRESS_RENDERING");
		assertThat(dut.get("membership").get("role").asString()).isEqualTo("CO_LEAD");
		assertThat(texts(dut.get("referencedBy"), "slug")).contains(DECLARATION, "xiang-changle", "2024-05-22-dalian");
		assertThat(texts(dut.get("referencedBy"), "kind")).contains("agreement", "person", "meeting");
		assertThat(dut.get("sources")).isNotEmpty();
		assertThat(texts(body(get("/api/v1/universities/bsu")).get("referencedBy"), "slug"))
			.contains("2025-10-13-minsk");
		JsonNode coLeads = body(get("/api/v1/universities?membership=CO_LEAD"));
		assertThat(texts(coLeads.get("items"), "slug")).containsExactly("bsuir", "dut");
		assertThat(texts(body(get("/api/v1/universities?q=Dalian")).get("items"), "slug")).contains("dut");
	}

	@Test
	void aPersonAndAMeetingCarryWhatTheirPagesShow() {
		JsonNode declaration = body(get("/api/v1/agreements/" + DECLARATION));
		String person = null;
		for (JsonNode party : declaration.get("parties")) {
			if (party.get("university").get("slug").asString().equals("bsuir")) {
				person = party.get("signatory").get("person").get("slug").asString();
			}
		}
		JsonNode bogush = body(get("/api/v1/people/" + person));
		assertThat(bogush.get("names").get(0).get("value").asString()).isEqualTo("Vadim Bogush");
		assertThat(bogush.get("positions")).isNotEmpty();
		List<String> kinds = new ArrayList<>();
		for (JsonNode position : bogush.get("positions")) {
			kinds.add(position.get("titleKind").asString());
			if (position.get("titleKind").asString().equals("RECTOR")) {
				// the vocabulary fills the languages the sources give no wording in
				assertThat(texts(position.get("titles"), "value")).contains("Rector", "ректор", "рэктар", "校长");
			}
		}
		assertThat(kinds).containsExactlyInAnyOrder("RECTOR", "CHAIRMAN");
		assertThat(texts(bogush.get("referencedBy"), "slug")).contains(DECLARATION);
		assertThat(texts(body(get("/api/v1/people?size=100")).get("items"), "slug")).contains(person);

		JsonNode minsk = body(get("/api/v1/meetings/2025-10-13-minsk"));
		assertThat(minsk.get("startsOn").get("value").asString()).isEqualTo("2025-10-13");
		assertThat(minsk.get("hosts")).isEmpty();
		assertThat(texts(body(get("/api/v1/meetings/2024-05-22-dalian")).get("hosts"), "slug"))
			.containsExactlyInAnyOrder("dut", "bsuir");
		assertThat(texts(minsk.get("referencedBy"), "slug")).contains(DECLARATION);
		JsonNode meetings = body(get("/api/v1/meetings"));
		assertThat(texts(meetings.get("items"), "slug")).contains("2025-10-13-minsk");
		assertThat(meetings.get("totalItems").asLong()).isEqualTo(meetings.get("items").size());
	}

	@Test
	void sourcesAndVocabularies() {
		JsonNode cited = body(get("/api/v1/agreements/" + DECLARATION)).get("sources").get(0).get("source");
		JsonNode source = body(get("/api/v1/sources/" + cited.get("id").asLong()));
		assertThat(source.get("url").asString()).isEqualTo(cited.get("url").asString());
		assertThat(cited.get("api").asString()).endsWith("/api/v1/sources/" + cited.get("id").asLong());
		assertThat(body(get("/api/v1/sources?size=100")).get("totalItems").asLong()).isPositive();

		JsonNode kinds = body(get("/api/v1/vocabularies/kinds"));
		assertThat(texts(kinds, "code")).contains("DECLARATION", "MEMORANDUM");
		assertThat(texts(kinds.get(0).get("labels"), "language")).containsExactly("en", "ru", "be", "zh");
		assertThat(texts(body(get("/api/v1/vocabularies/statuses")), "code")).contains("IN_FORCE");
		assertThat(texts(body(get("/api/v1/vocabularies/countries")), "code")).contains("BY", "CN");
		assertThat(texts(body(get("/api/v1/vocabularies/membership-roles")), "code")).contains("CO_LEAD");
		JsonNode areas = body(get("/api/v1/vocabularies/areas"));
		assertThat(texts(areas, "kind")).contains("TOPIC", "CLUSTER");
		String area = areas.get(0).get("code").asString();
		assertThat(get("/api/v1/agreements?area=" + area)).hasStatusOk();
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/agreements?year=abc, year", "/api/v1/agreements?size=100000, size",
			"/api/v1/agreements?page=0, page", "/api/v1/agreements?colour=red, colour", "/api/v1/agreements?q=a%00b, q",
			"/api/v1/agreements?kind=TREATY, kind", "/api/v1/agreements?modifiedSince=yesterday, modifiedSince",
			"/api/v1/agreements?modifiedSince=2025-01-01&country=BY, country", "/api/v1/universities?sort=COLOUR, sort",
			"/api/v1/people?size=0, size", "/api/v1/meetings?page=-1, page", "/api/v1/sources?lang=ru, lang",
			"/api/v1/vocabularies/kinds?x=1, x" })
	void badParametersAreProblemsNamingTheParameter(String uri, String parameter) {
		MvcTestResult result = get(uri);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json");
		JsonNode problem = body(result);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("invalid-params").get(0).get("name").asString()).isEqualTo(parameter);
		assertThat(problem.get("invalid-params").get(0).get("reason").asString()).isNotBlank();
	}

	@Test
	void unknownRecordsAndAddressesAreNotFoundProblems() {
		for (String uri : List.of("/api/v1/agreements/no-such-agreement", "/api/v1/universities/no-such",
				"/api/v1/people/no-such", "/api/v1/meetings/no-such", "/api/v1/sources/999999", "/api/v1/no-such-list",
				"/api/v1/sources/abc")) {
			MvcTestResult result = get(uri);
			int status = uri.endsWith("abc") ? 400 : 404;
			assertThat(result).as(uri).hasStatus(status).hasContentTypeCompatibleWith("application/problem+json");
			assertThat(body(result).get("status").asInt()).isEqualTo(status);
		}
		// the site's own pages keep their HTML error page
		assertThat(this.mvc.get().uri("/agreements/no-such-agreement").exchange()).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith("text/html");
	}

	@Test
	void conditionalRequestsAnswerNotModified() {
		MvcTestResult first = get("/api/v1/agreements/" + DECLARATION);
		String etag = first.getResponse().getHeader("ETag");
		String lastModified = first.getResponse().getHeader("Last-Modified");
		assertThat(etag).isNotBlank();
		assertThat(lastModified).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		MvcTestResult again = this.mvc.get()
			.uri("/api/v1/agreements/" + DECLARATION)
			.header("If-None-Match", etag)
			.with(this.client)
			.exchange();
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		MvcTestResult since = this.mvc.get()
			.uri("/api/v1/agreements?country=BY")
			.header("If-Modified-Since", lastModified)
			.with(this.client)
			.exchange();
		assertThat(since).hasStatus(HttpStatus.NOT_MODIFIED);
		MvcTestResult changed = this.mvc.get()
			.uri("/api/v1/agreements/" + DECLARATION)
			.header("If-None-Match", "\"something-else\"")
			.with(this.client)
			.exchange();
		assertThat(changed).hasStatusOk();
	}

	@Test
	void anyOriginMayReadTheApiWithoutASession() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/universities")
			.header("Origin", "https://data.example.org")
			.with(this.client)
			.exchange();
		assertThat(result).hasStatusOk().hasHeader("Access-Control-Allow-Origin", "*");
		assertThat(result.getResponse().getHeader("Access-Control-Expose-Headers")).contains("Link", "X-Total-Count",
				"ETag");
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
		MvcTestResult preflight = this.mvc.options()
			.uri("/api/v1/agreements")
			.header("Origin", "https://data.example.org")
			.header("Access-Control-Request-Method", "GET")
			.with(this.client)
			.exchange();
		assertThat(preflight).hasStatusOk().hasHeader("Access-Control-Allow-Origin", "*");
		assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Methods")).contains("GET");
		// the rest of the site is not shared with other origins
		MvcTestResult page = this.mvc.get().uri("/agreements").header("Origin", "https://data.example.org").exchange();
		assertThat(page.getResponse().getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void aRecordsPageAskedForJsonAnswersTheApiJson() throws Exception {
		// the page is rendered (and kept by the page cache) first: the JSON must not be
		// that page
		assertThat(this.mvc.get().uri("/agreements/" + DECLARATION).exchange()).hasStatusOk()
			.hasContentTypeCompatibleWith("text/html");
		for (String path : List.of("/agreements/" + DECLARATION, "/universities/dut", "/meetings/2025-10-13-minsk")) {
			MvcTestResult page = this.mvc.get().uri(path).header("Accept", "application/json").exchange();
			assertThat(page).as(path).hasStatusOk().hasContentTypeCompatibleWith("application/json");
			assertThat(page.getResponse().getHeader("Vary")).contains("Accept");
			assertThat(this.json.readTree(page.getResponse().getContentAsString()))
				.isEqualTo(body(get("/api/v1" + path)));
		}
		assertThat(this.mvc.get().uri("/agreements/" + DECLARATION).header("Accept", "text/html").exchange())
			.hasContentTypeCompatibleWith("text/html");
		MvcTestResult missing = this.mvc.get()
			.uri("/agreements/no-such")
			.header("Accept", "application/json")
			.exchange();
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith("application/problem+json");
	}

	@Test
	void harvestersReadWhatChangedSinceAMoment() {
		long all = body(get("/api/v1/agreements")).get("totalItems").asLong();
		assertThat(body(get("/api/v1/agreements?modifiedSince=2000-01-01")).get("totalItems").asLong()).isEqualTo(all);
		assertThat(body(get("/api/v1/agreements?modifiedSince=2999-01-01T00:00:00Z")).get("totalItems").asLong())
			.isZero();
		long universities = body(get("/api/v1/universities")).get("totalItems").asLong();
		assertThat(body(get("/api/v1/universities?modifiedSince=2000-01-01")).get("totalItems").asLong())
			.isEqualTo(universities);
		assertThat(body(get("/api/v1/people?modifiedSince=2999-01-01")).get("items")).isEmpty();
		assertThat(body(get("/api/v1/meetings?modifiedSince=2999-01-01")).get("items")).isEmpty();
		assertThat(body(get("/api/v1/sources?modifiedSince=2999-01-01")).get("items")).isEmpty();
	}

	@Test
	@Transactional
	void draftsNeverShow() {
		Long source = this.jdbc.queryForObject("""
				insert into source (url, title, created_by, updated_by)
				values ('https://example.org/draft-news', 'Draft news', 'test', 'test') returning id
				""", Long.class);
		for (String publication : List.of("DRAFT", "PUBLISHED")) {
			Long id = this.jdbc.queryForObject("""
					insert into agreement (slug, kind, title_en, status, publication, created_by, updated_by)
					values (?, 'MEMORANDUM', ?, 'SIGNED', ?, 'test', 'test') returning id
					""", Long.class, "synthetic-" + publication.toLowerCase(), "A " + publication, publication);
			if (publication.equals("DRAFT")) {
				this.jdbc.update(
						"insert into agreement_source (agreement_id, source_id, confidence) values (?, ?, 'HIGH')", id,
						source);
			}
		}
		assertThat(get("/api/v1/agreements/synthetic-draft")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/api/v1/agreements/synthetic-published")).hasStatusOk();
		List<String> harvested = texts(body(get("/api/v1/agreements?modifiedSince=2000-01-01&size=100")).get("items"),
				"slug");
		assertThat(harvested).contains("synthetic-published").doesNotContain("synthetic-draft");
		assertThat(get("/api/v1/sources/" + source)).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(java.net.URI.create(uri)).with(this.client).exchange();
	}

	private JsonNode body(MvcTestResult result) {
		try {
			return this.json.readTree(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.get(field).asString()));
		return texts;
	}

	/**
	 * Requests from an address of their own.
	 */
	static RequestPostProcessor client() {
		int number = CLIENTS.incrementAndGet();
		return (request) -> {
			request.setRemoteAddr("10.1." + (number / 250) + "." + (number % 250 + 1));
			return request;
		};
	}

}
