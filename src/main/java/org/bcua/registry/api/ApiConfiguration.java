package org.bcua.registry.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The machinery of the API: problem details, entity tags, the rate limit, CORS and the
 * description of the OpenAPI document ({@link ApiWebConfiguration} adds the parameter
 * check).
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	ApiProblems apiProblems(JsonMapper json) {
		return new ApiProblems(json);
	}

	/**
	 * After Spring Security's filters (its CORS filter answers preflights and adds the
	 * CORS headers, so a client over the limit can read the 429) and the page cache.
	 */
	@Bean
	FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiProperties properties, ApiProblems problems) {
		FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
				new ApiRateLimitFilter(properties.rateLimit(), problems));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiEtagFilter> apiEtagFilter(JdbcTemplate jdbc) {
		FilterRegistrationBean<ApiEtagFilter> registration = new FilterRegistrationBean<>(
				new ApiEtagFilter(jdbc, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 3);
		return registration;
	}

	/**
	 * CORS for the API: any origin may read it (GET, HEAD) without credentials. Spring
	 * Security's CORS filter takes it by this bean's name
	 * ({@code admin.SecurityConfiguration}); nothing else of the site is shared.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource() {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(List.of(CorsConfiguration.ALL));
		api.setAllowedMethods(List.of("GET", "HEAD"));
		api.setAllowedHeaders(List.of(CorsConfiguration.ALL));
		api.setExposedHeaders(List.of("ETag", "Last-Modified", "Link", ApiPage.TOTAL_COUNT, "Retry-After",
				ApiRateLimitFilter.LIMIT, ApiRateLimitFilter.REMAINING));
		api.setAllowCredentials(false);
		api.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

	/**
	 * The answers every operation may give besides its record: 304 to a conditional
	 * request, and the problem details of {@link ApiProblems} and the rate limit.
	 */
	@Bean
	OpenApiCustomizer apiProblemResponses() {
		return (openApi) -> {
			ModelConverters.getInstance(true)
				.readAll(ProblemJson.class)
				.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				ApiResponses responses = operation.getResponses();
				responses.addApiResponse("304", new ApiResponse()
					.description("Not Modified: the If-None-Match or If-Modified-Since of the request still holds."));
				responses.addApiResponse("400", problem("Bad Request: a parameter is unknown or its value is not "
						+ "accepted; invalid-params names it."));
				if (path.contains("{")) {
					responses.addApiResponse("404",
							problem("Not Found: there is no public record with this " + "identifier."));
				}
				responses.addApiResponse("429", problem("Too Many Requests: this client sent more than its "
						+ "share; Retry-After says in how many seconds to try again."));
				responses.addApiResponse("503", problem(
						"Service Unavailable: the database cannot be read; " + "Retry-After says when to try again."));
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

	@Bean
	OpenAPI registryOpenApi() {
		return new OpenAPI().info(new Info().title("BCUA Registry API")
			.version("1")
			.description("""
					Read-only open data of the registry of the Association of Universities of Belarus and China: \
					universities, agreements, people, meetings, sources and the vocabularies. Only what the public \
					pages show (no drafts, no archived records). Lists are paged (Link, X-Total-Count); errors are \
					RFC 9457 problem details; answers carry ETag and Last-Modified; each client may send \
					registry.api.rate-limit.requests requests a minute.""")
			.license(new License().name("CC BY 4.0 (the compilation; each fact keeps its source)")
				.url("https://creativecommons.org/licenses/by/4.0/")));
	}

}
