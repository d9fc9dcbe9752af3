package org.bcua.registry.database;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.admin.AdminTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL is stopped or frozen under the running application, every page answers
 * within 5 seconds with the 503 page and {@code Retry-After}, sign-in says the service is
 * unavailable and readiness is down; once the database is back, pages are served again
 * without a restart of the application. Real HTTP against the real server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.admin.username=" + AdminTest.ADMIN, "registry.admin.password=" + AdminTest.PASSWORD })
class DatabaseOutageTests {

	private static final Duration WITHIN = Duration.ofSeconds(5);

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private JdbcTemplate jdbc;

	private HttpClient client;

	private ProcessHandle postmaster;

	private Path dataDirectory;

	@BeforeEach
	void server() {
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(WITHIN)
			.build();
		long backend = this.jdbc.queryForObject("select pg_backend_pid()", Long.class);
		this.postmaster = ProcessHandle.of(backend).orElseThrow().parent().orElseThrow();
		this.dataDirectory = Path.of(this.jdbc.queryForObject("show data_directory", String.class));
	}

	@Test
	void aStoppedDatabaseIsThe503PageAndTheSiteComesBackWithIt() throws Exception {
		String token = csrfToken();
		List<String> command = postmasterCommand();
		// PostgreSQL's fast shutdown: its sessions end, it stops and removes its pid file
		// (the process itself may linger as a zombie of an init that does not reap it)
		signal("INT", List.of(this.postmaster));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (Files.exists(this.dataDirectory.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.dataDirectory.resolve("postmaster.pid")).as("PostgreSQL stopped").doesNotExist();
		Process restarted = null;
		try {
			assertUnavailable();
			assertSignInSaysUnavailable(token);
			restarted = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.dataDirectory.resolve("restarted.log").toFile())
				.start();
			assertServedAgain();
		}
		finally {
			if (restarted != null && !restarted.isAlive()) {
				throw new AssertionError(Files.readString(this.dataDirectory.resolve("restarted.log")));
			}
		}
	}

	@Test
	void aFrozenDatabaseIsThe503PageWithin5SecondsAndTheSiteComesBackWithIt() throws Exception {
		String token = csrfToken();
		List<ProcessHandle> frozen = new ArrayList<>();
		frozen.add(this.postmaster);
		this.postmaster.descendants().forEach(frozen::add);
		try {
			signal("STOP", frozen);
			assertUnavailable();
			assertSignInSaysUnavailable(token);
		}
		finally {
			signal("CONT", frozen);
		}
		assertServedAgain();
	}

	private void assertUnavailable() throws Exception {
		// pages never asked for before: the rendered-page cache has none of them
		String unique = Long.toString(System.nanoTime());
		for (String path : new String[] { "/universities/bsu?v=" + unique, "/search?q=" + unique,
				"/agreements?q=" + unique, "/universities/" + unique }) {
			long start = System.nanoTime();
			HttpResponse<String> page = get(this.port, path);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(took).as(path).isLessThan(WITHIN);
			assertThat(page.statusCode()).as(path).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).as(path).contains("30");
			assertThat(Jsoup.parse(page.body()).select("h1").text()).as(path)
				.isEqualTo("The registry could not do this now: please try again");
			assertThat(Jsoup.parse(page.body()).select("header, nav").size()).as("the site's layout").isPositive();
		}
		long start = System.nanoTime();
		HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WITHIN);
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(get(this.managementPort, "/actuator/health/liveness").statusCode()).as("alive all the same")
			.isEqualTo(200);
	}

	private void assertSignInSaysUnavailable(String token) throws Exception {
		String form = "_csrf=" + token + "&username=" + AdminTest.ADMIN + "&password="
				+ URLEncoder.encode(AdminTest.PASSWORD, StandardCharsets.UTF_8);
		long start = System.nanoTime();
		HttpResponse<String> signIn = this.client
			.send(request(this.port, "/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WITHIN);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).contains("/login?unavailable");
		HttpResponse<String> page = get(this.port, "/login?unavailable");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("[role=alert]").text())
			.isEqualTo("Sign-in is not available now: the registry cannot reach its database. "
					+ "Please try again in a few minutes.")
			.doesNotContain("Wrong user name");
	}

	private void assertServedAgain() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		int status = 0;
		while (System.nanoTime() < deadline) {
			status = get(this.port, "/universities/bsu?v=" + System.nanoTime()).statusCode();
			if (status == 200) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(status).as("served again within 30 s").isEqualTo(200);
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private String csrfToken() throws Exception {
		HttpResponse<String> login = get(this.port, "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		return Jsoup.parse(login.body()).select("input[name=_csrf]").first().val();
	}

	/**
	 * The command line the running postmaster was started with (its
	 * {@code postmaster.opts}), to start it again on the same data directory and port.
	 */
	private List<String> postmasterCommand() throws Exception {
		String options = Files.readString(this.dataDirectory.resolve("postmaster.opts")).strip();
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			// as the embedded server does: PostgreSQL refuses to run as root
			command.addAll(List.of("unshare", "-U"));
		}
		Matcher words = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(options);
		while (words.find()) {
			command.add((words.group(1) != null) ? words.group(1) : words.group(2));
		}
		return command;
	}

	private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		processes.forEach((process) -> command.add(Long.toString(process.pid())));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(int port, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(60));
		return (port == this.port) ? request.header("Accept", "text/html") : request;
	}

}
