package org.bcua.registry.discovery;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expands the schema.org JSON-LD of each kind of record page with a JSON-LD processor
 * (titanium-json-ld) and checks its types and values against the real data.
 * <p>
 * Expansion needs the context the pages name, {@code https://schema.org}. The tests never
 * fetch it from the network: {@link #SCHEMA_ORG} serves a minimal local copy instead,
 * with schema.org's vocabulary as {@code @vocab} and, as schema.org's own context defines
 * them, the terms the pages use whose values are addresses ({@code @type: @id}).
 * <p>
 * Pages are asked for with {@code ?lang=en}, which the rendered-page cache never keeps,
 * so a page always shows what the database holds at that moment.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LinkedDataTests {

	private static final String SCHEMA = "https://schema.org/";

	private static final String BASE = "http://localhost";

	private static final String CONTEXT = """
			{"@context": {
			  "@vocab": "https://schema.org/",
			  "sameAs": {"@id": "https://schema.org/sameAs", "@type": "@id"},
			  "url": {"@id": "https://schema.org/url", "@type": "@id"},
			  "mainEntityOfPage": {"@id": "https://schema.org/mainEntityOfPage", "@type": "@id"},
			  "additionalType": {"@id": "https://schema.org/additionalType", "@type": "@id"}
			}}""";

	private static final DocumentLoader SCHEMA_ORG = (URI url, DocumentLoaderOptions options) -> {
		if (url.toString().startsWith("https://schema.org")) {
			return JsonDocument.of(MediaType.JSON_LD, new StringReader(CONTEXT));
		}
		throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "No network in tests: " + url);
	};

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	@Transactional
	void universityIsACollegeOrUniversityWithItsNamesIdentifiersAndAddress() throws Exception {
		this.jdbc.update("update university set ror_id = '03x8rhs67', wikidata_id = 'Q1158464' where slug = 'dut'");
		JsonObject dut = expand("/universities/dut");
		assertThat(types(dut)).containsExactly(SCHEMA + "CollegeOrUniversity");
		assertThat(dut.getString("@id")).isEqualTo(BASE + "/universities/dut");
		assertThat(tagged(dut, "name")).contains("en:Dalian University of Technology", "zh:大连理工大学",
				"ru:Даляньский политехнический университет");
		List<String> aliases = this.jdbc.queryForList(
				"select language || ':' || name from university_alias where university_id = (select id from university where slug = 'dut')",
				String.class);
		assertThat(tagged(dut, "alternateName")).containsExactlyInAnyOrderElementsOf(aliases);
		assertThat(ids(dut, "sameAs")).containsExactlyInAnyOrder("https://ror.org/03x8rhs67",
				"http://www.wikidata.org/entity/Q1158464");
		assertThat(ids(dut, "url")).containsExactly("https://dlut.edu.cn");
		JsonObject address = objects(dut, "address").get(0);
		assertThat(types(address)).containsExactly(SCHEMA + "PostalAddress");
		assertThat(values(address, "addressLocality")).containsExactly("Dalian");
		assertThat(values(address, "addressRegion")).containsExactly("Liaoning");
		assertThat(values(address, "addressCountry")).containsExactly("CN");
	}

	@Test
	void universityWithoutIdentifiersHasNoSameAs() throws Exception {
		JsonObject bsuir = expand("/universities/bsuir");
		assertThat(bsuir.containsKey(SCHEMA + "sameAs")).isFalse();
	}

	@Test
	void personIsAPersonWithTheirPositionsAsRoles() throws Exception {
		JsonObject xiang = expand("/people/xiang-changle");
		assertThat(types(xiang)).containsExactly(SCHEMA + "Person");
		assertThat(xiang.getString("@id")).isEqualTo(BASE + "/people/xiang-changle");
		assertThat(tagged(xiang, "name")).contains("en:Xiang Changle", "zh:项昌乐");
		List<JsonObject> roles = objects(xiang, "worksFor");
		int positions = this.jdbc.queryForObject(
				"select count(*) from position where person_id = (select id from person where slug = 'xiang-changle')",
				Integer.class);
		assertThat(roles).hasSize(positions).isNotEmpty();
		JsonObject role = roles.get(0);
		assertThat(types(role)).containsExactly(SCHEMA + "OrganizationRole");
		assertThat(tagged(role, "roleName")).anyMatch((name) -> name.startsWith("en:"));
		JsonObject organization = objects(role, "worksFor").get(0);
		assertThat(types(organization)).containsExactly(SCHEMA + "CollegeOrUniversity");
		assertThat(organization.getString("@id")).isEqualTo(BASE + "/universities/dut");
	}

	@Test
	void meetingIsAnEventWithItsDaysPlaceAndHosts() throws Exception {
		JsonObject dalian = expand("/meetings/2024-05-22-dalian");
		assertThat(types(dalian)).containsExactly(SCHEMA + "Event");
		var row = this.jdbc
			.queryForMap("select starts_on, ends_on, city from meeting where slug = '2024-05-22-dalian'");
		assertThat(values(dalian, "startDate")).containsExactly(row.get("starts_on").toString());
		if (row.get("ends_on") != null) {
			assertThat(values(dalian, "endDate")).containsExactly(row.get("ends_on").toString());
		}
		JsonObject place = objects(dalian, "location").get(0);
		assertThat(types(place)).containsExactly(SCHEMA + "Place");
		assertThat(values(objects(place, "address").get(0), "addressLocality"))
			.containsExactly((String) row.get("city"));
		assertThat(objects(dalian, "organizer")).extracting((host) -> host.getString("@id"))
			.containsExactlyInAnyOrder(BASE + "/universities/dut", BASE + "/universities/bsuir");
	}

	@Test
	void agreementIsACreativeWorkWithPartiesSignatoriesAndDates() throws Exception {
		JsonObject declaration = expand("/agreements/2025-10-13-declaration-higher-education");
		assertThat(types(declaration)).containsExactly(SCHEMA + "CreativeWork");
		assertThat(ids(declaration, "additionalType")).containsExactly(BASE + "/agreements?kind=DECLARATION");
		assertThat(tagged(declaration, "name"))
			.contains("en:Declaration on cooperation in higher education between Chinese and Belarusian universities");
		assertThat(values(declaration, "dateCreated")).containsExactly("2025-10-13");
		assertThat(objects(declaration, "sourceOrganization")).extracting((party) -> party.getString("@id"))
			.containsExactlyInAnyOrder(BASE + "/universities/dut", BASE + "/universities/bsuir");
		assertThat(objects(declaration, "sourceOrganization"))
			.allMatch((party) -> types(party).contains(SCHEMA + "CollegeOrUniversity"));
		assertThat(objects(declaration, "creator")).extracting((person) -> person.getString("@id"))
			.containsExactlyInAnyOrder(BASE + "/people/vadim-bogush", BASE + "/people/xiang-changle");
		assertThat(objects(declaration, "recordedAt")).extracting((meeting) -> meeting.getString("@id"))
			.containsExactly(BASE + "/meetings/2025-10-13-minsk");
		assertThat(objects(declaration, "about")).hasSize(5);
	}

	@Test
	@Transactional
	void aPartialDateKeepsOnlyThePrecisionKnown() throws Exception {
		this.jdbc.update("""
				update agreement set signed_on = date '2025-05-01', signed_precision = 'MONTH'
				where slug = '2025-10-13-declaration-higher-education'""");
		JsonObject declaration = expand("/agreements/2025-10-13-declaration-higher-education");
		assertThat(values(declaration, "dateCreated")).containsExactly("2025-05");
	}

	@Test
	void aRecordsPageAskedForJsonLdAnswersWithItsDescription() throws Exception {
		for (String path : List.of("/universities/dut", "/people/vadim-bogush", "/meetings/2025-10-13-minsk",
				"/agreements/2025-10-13-declaration-higher-education")) {
			MvcTestResult result = this.mvc.get().uri(path).header("Accept", "application/ld+json").exchange();
			assertThat(result).as(path).hasStatusOk();
			assertThat(result.getResponse().getContentType()).as(path).startsWith("application/ld+json");
			String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(SCHEMA_ORG).get();
			assertThat(expanded).as(path).hasSize(1);
			MvcTestResult page = this.mvc.get().uri(path + "?lang=en").exchange();
			String embedded = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.selectFirst("script[type=application/ld+json]")
				.data();
			assertThat(JsonLd.expand(JsonDocument.of(new StringReader(embedded))).loader(SCHEMA_ORG).get())
				.as("the same description as the page's")
				.isEqualTo(expanded);
		}
		assertThat(this.mvc.get().uri("/universities/no-such-university").header("Accept", "application/ld+json"))
			.hasStatus(org.springframework.http.HttpStatus.NOT_FOUND);
	}

	private JsonObject expand(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path + "?lang=en").exchange();
		assertThat(result).as(path).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		String json = page.selectFirst("script[type=application/ld+json]").data();
		JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(SCHEMA_ORG).get();
		assertThat(expanded).hasSize(1);
		return expanded.getJsonObject(0);
	}

	private static List<String> types(JsonObject node) {
		return node.getJsonArray("@type")
			.getValuesAs(jakarta.json.JsonString.class)
			.stream()
			.map(jakarta.json.JsonString::getString)
			.toList();
	}

	private static List<JsonObject> objects(JsonObject node, String property) {
		JsonArray values = node.getJsonArray(SCHEMA + property);
		return (values != null) ? values.getValuesAs(JsonObject.class) : List.of();
	}

	/** Language-tagged values as "language:value". */
	private static List<String> tagged(JsonObject node, String property) {
		return objects(node, property).stream()
			.map((value) -> value.getString("@language") + ":" + value.getString("@value"))
			.toList();
	}

	private static List<String> values(JsonObject node, String property) {
		return objects(node, property).stream().map((value) -> value.getString("@value")).toList();
	}

	private static List<String> ids(JsonObject node, String property) {
		return objects(node, property).stream().map((value) -> value.getString("@id")).toList();
	}

}
