package org.bcua.registry.api;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI 3.1 document of the API: it is valid (swagger-parser reads it without a
 * message), it describes every parameter and property with an example, and the real
 * answers of every endpoint, errors included, match the schemas it gives for them (each a
 * JSON Schema 2020-12, checked with networknt's validator). Swagger UI opens at
 * {@code /api}, served from its webjar.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

	private static final String DECLARATION = "2025-10-13-declaration-higher-education";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	private String text = "";

	private JsonNode document = JsonMapper.builder().build().createObjectNode();

	@BeforeEach
	void readDocument() {
		MvcTestResult result = get("/api/v1/openapi.json");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		this.text = content(result);
		this.document = this.json.readTree(this.text);
	}

	@Test
	void theDocumentIsValidOpenApi31() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(this.text, null, options);
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(parsed.getOpenAPI()).isNotNull();
		assertThat(parsed.isOpenapi31()).isTrue();
		assertThat(this.document.get("openapi").asString()).startsWith("3.1");
		assertThat(this.document.get("info").get("license").get("name").asString()).contains("CC BY 4.0");
		List<String> paths = new ArrayList<>();
		this.document.get("paths").propertyNames().forEach(paths::add);
		assertThat(paths).allMatch((path) -> path.startsWith("/api/v1/"))
			.contains("/api/v1/agreements", "/api/v1/agreements/{slug}", "/api/v1/universities/{slug}",
					"/api/v1/people/{slug}", "/api/v1/meetings/{slug}", "/api/v1/sources/{id}",
					"/api/v1/vocabularies/kinds");
	}

	@Test
	void everyParameterAndPropertyIsDescribedWithAnExample() {
		List<String> missing = new ArrayList<>();
		this.document.get("paths").properties().forEach((path) -> {
			JsonNode operation = path.getValue().get("get");
			if (!operation.hasNonNull("summary") || !operation.hasNonNull("description")) {
				missing.add(path.getKey() + " summary or description");
			}
			for (JsonNode parameter : operation.path("parameters")) {
				String name = path.getKey() + "?" + parameter.get("name").asString();
				if (!parameter.hasNonNull("description")) {
					missing.add(name + " description");
				}
				if (!parameter.has("example") && !parameter.path("schema").has("example")) {
					missing.add(name + " example");
				}
			}
		});
		this.document.get("components").get("schemas").properties().forEach((schema) -> {
			if (!schema.getValue().hasNonNull("description")) {
				missing.add(schema.getKey() + " description");
			}
			schema.getValue().path("properties").properties().forEach((property) -> {
				String name = schema.getKey() + "." + property.getKey();
				JsonNode value = property.getValue();
				if (!value.hasNonNull("description")) {
					missing.add(name + " description");
				}
				boolean scalar = !value.has("$ref") && !"array".equals(value.path("type").asString())
						&& !"object".equals(value.path("type").asString());
				if (scalar && !value.has("example")) {
					missing.add(name + " example");
				}
			});
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEndpointAnswersAsItsSchemaSays() {
		JsonNode sources = body(get("/api/v1/sources"));
		String source = sources.get("items").get(0).get("id").asString();
		String person = body(get("/api/v1/people")).get("items").get(0).get("slug").asString();
		Map<String, List<String>> examples = new LinkedHashMap<>();
		examples.put("/api/v1/agreements",
				List.of("/api/v1/agreements?country=BY&size=3", "/api/v1/agreements?modifiedSince=2000-01-01"));
		examples.put("/api/v1/agreements/{slug}", List.of("/api/v1/agreements/" + DECLARATION,
				"/api/v1/agreements/2019-12-bntu-zjweu-cooperation-agreement"));
		examples.put("/api/v1/universities", List.of("/api/v1/universities?country=CN", "/api/v1/universities"));
		examples.put("/api/v1/universities/{slug}", List.of("/api/v1/universities/dut"));
		examples.put("/api/v1/people", List.of("/api/v1/people"));
		examples.put("/api/v1/people/{slug}", List.of("/api/v1/people/" + person));
		examples.put("/api/v1/meetings", List.of("/api/v1/meetings"));
		examples.put("/api/v1/meetings/{slug}",
				List.of("/api/v1/meetings/2025-10-13-minsk", "/api/v1/meetings/2024-05-22-dalian"));
		examples.put("/api/v1/sources", List.of("/api/v1/sources?size=100"));
		examples.put("/api/v1/sources/{id}", List.of("/api/v1/sources/" + source));
		for (String vocabulary : List.of("kinds", "statuses", "areas", "countries", "membership-roles")) {
			examples.put("/api/v1/vocabularies/" + vocabulary, List.of("/api/v1/vocabularies/" + vocabulary));
		}
		List<String> documented = new ArrayList<>();
		this.document.get("paths").propertyNames().forEach(documented::add);
		assertThat(examples.keySet()).as("every documented endpoint is tried")
			.containsExactlyInAnyOrderElementsOf(documented);

		List<String> errors = new ArrayList<>();
		examples.forEach((path, uris) -> {
			for (String uri : uris) {
				errors.addAll(check(path, "200", "application/json", uri));
			}
		});
		errors.addAll(check("/api/v1/agreements", "400", "application/problem+json", "/api/v1/agreements?year=abc"));
		errors.addAll(check("/api/v1/agreements/{slug}", "404", "application/problem+json",
				"/api/v1/agreements/no-such-agreement"));
		assertThat(errors).isEmpty();
	}

	@Test
	void swaggerUiOpensAtApiFromItsWebjar() {
		MvcTestResult api = get("/api");
		assertThat(api).hasStatus(HttpStatus.FOUND);
		String ui = api.getResponse().getRedirectedUrl();
		assertThat(ui).isEqualTo("/api/swagger-ui/index.html");
		MvcTestResult page = get(ui);
		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		assertThat(content(page)).contains("swagger-ui-bundle.js").doesNotContain("src=\"http");
		// Swagger UI sets a style inline: its pages alone may, the API and the site may
		// not
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'",
				"script-src 'self';");
		assertThat(get("/api/v1/vocabularies/kinds").getResponse().getHeader("Content-Security-Policy"))
			.contains("style-src 'self';");
		assertThat(get("/agreements").getResponse().getHeader("Content-Security-Policy")).contains("style-src 'self';");
		assertThat(get("/api/swagger-ui/swagger-ui-bundle.js")).hasStatusOk();
		assertThat(content(get("/api/v1/openapi.json/swagger-config"))).contains("/api/v1/openapi.json");
	}

	/**
	 * Checks a real answer against the schema the document gives for it.
	 */
	private List<String> check(String path, String status, String mediaType, String uri) {
		MvcTestResult result = get(uri);
		assertThat(result).as(uri).hasStatus(Integer.parseInt(status));
		JsonNode schema = this.document.get("paths")
			.get(path)
			.get("get")
			.get("responses")
			.get(status)
			.get("content")
			.get(mediaType)
			.get("schema");
		ObjectNode root = this.json.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.putArray("allOf").add(schema);
		root.set("components", this.document.get("components"));
		Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(SchemaLocation.of("https://registry.test/openapi.json"), root);
		List<Error> errors = validator.validate(body(result));
		return errors.stream().map((error) -> uri + ": " + error).toList();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).with(ApiTests.client()).exchange();
	}

	private JsonNode body(MvcTestResult result) {
		return this.json.readTree(content(result));
	}

	private static String content(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
