package org.bcua.registry.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client rate limit of the API, lowered to three requests an hour: the fourth
 * request of a client is a 429 problem with {@code Retry-After}, while another client,
 * the site's pages and Swagger UI's files are still served.
 */
@SpringBootTest(properties = { "registry.api.rate-limit.requests=3", "registry.api.rate-limit.burst=3",
		"registry.api.rate-limit.period=1h" })
@AutoConfigureMockMvc
class ApiRateLimitTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	@Test
	void aClientOverTheLimitIsToldWhenToComeBack() throws Exception {
		RequestPostProcessor client = ApiTests.client();
		for (int i = 0; i < 3; i++) {
			MvcTestResult served = this.mvc.get().uri("/api/v1/vocabularies/kinds").with(client).exchange();
			assertThat(served).hasStatusOk().hasHeader("X-RateLimit-Remaining", String.valueOf(2 - i));
		}
		MvcTestResult refused = this.mvc.get()
			.uri("/api/v1/agreements")
			.header("Origin", "https://data.example.org")
			.with(client)
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith("application/problem+json")
			.hasHeader("Access-Control-Allow-Origin", "*");
		long retryAfter = Long.parseLong(refused.getResponse().getHeader("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 3600L);
		JsonNode problem = this.json.readTree(refused.getResponse().getContentAsString());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asString()).contains("try again");

		assertThat(this.mvc.get().uri("/api/v1/vocabularies/kinds").with(ApiTests.client()).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/agreements").with(client).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/swagger-ui/index.html").with(client).exchange()).hasStatusOk();
	}

}
