package org.bcua.registry.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health, info and metrics answer on the management port (on loopback), never on the
 * public one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementEndpointsTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private Environment environment;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void healthHasLivenessAndReadinessWithTheDatabase() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> health = management("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
		HttpResponse<String> liveness = management("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = management("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("readinessState");
	}

	@Test
	void prometheusHasTimingsPerPageAndTheConnectionPool() throws Exception {
		assertThat(get(this.port, "/universities").statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = management("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/universities\"")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/universities\"")
			.containsPattern("hikaricp_connections\\{[^}]*pool=\"registry-embedded\"")
			.contains("hikaricp_connections_timeout_total")
			.contains("cache_gets_total");
	}

	@Test
	void infoHasTheVersionAndTheCommit() throws Exception {
		HttpResponse<String> info = management("/actuator/info");
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"version\":\"0.1.0-SNAPSHOT\"")
			.containsPattern("\"commit\":\\{[^}]*\"id\":\"[0-9a-f]{7,}\"");
	}

	@Test
	void thePublicPortHasNoneOfThem() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/info", "/actuator/prometheus" }) {
			assertThat(get(this.port, path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theManagementPortListensOnLoopbackByDefault() {
		assertThat(this.environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
	}

	private HttpResponse<String> management(String path) throws Exception {
		return get(this.managementPort, path);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
