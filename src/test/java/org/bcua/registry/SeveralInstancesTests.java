package org.bcua.registry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.ServerSocket;
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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two instances of the packaged application (the jar of {@code target/}) on one
 * PostgreSQL, behind nginx as the load balancer, as an operator would run them: an editor
 * signs in through one and saves through the other; failed sign-ins through one are
 * counted by the other; one instance stopped with SIGTERM under load turns its readiness
 * down, finishes what it serves, and no request of the load fails as its client sees it
 * (nginx sends the requests the stopping instance refuses to the other one); the save
 * made through it is there.
 * <p>
 * Run by the failsafe plugin after {@code package} (tag {@code packaged};
 * {@code ./mvnw -B
 * verify}). Needs Debian's nginx ({@code /usr/sbin/nginx}): without it the test is
 * skipped, unless {@code REGISTRY_E2E_REQUIRED=true} (CI), which makes it fail.
 */
@Tag("packaged")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesTests {

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private static final String ADMIN = "chief";

	private static final String PASSWORD = "Belarus and China, 2023";

	private static final Duration START = Duration.ofSeconds(180);

	@TempDir
	static Path work;

	private static EmbeddedPostgres postgres;

	private static JdbcTemplate jdbc;

	private static Instance first;

	private static Instance second;

	private static Process nginx;

	private static int nginxPort;

	/** Asks for health and pages while an instance stops: no cookies, short timeouts. */
	private static final HttpClient PROBE = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void start() throws Exception {
		if (!Files.isExecutable(NGINX)) {
			if (Boolean.parseBoolean(System.getenv("REGISTRY_E2E_REQUIRED"))) {
				fail("nginx is required (REGISTRY_E2E_REQUIRED=true) but " + NGINX + " is missing");
			}
			Assumptions.abort("nginx is not installed (" + NGINX + "); apt-get install nginx");
		}
		Path jar = packagedJar();
		postgres = EmbeddedPostgres.builder().start();
		jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
		// both at once on the empty database: the migrations, the first administrator and
		// the search index's catching up must each happen once, whoever comes first
		first = Instance.start("first", jar);
		second = Instance.start("second", jar);
		first.awaitReady();
		second.awaitReady();
		nginxPort = freePort();
		nginx = startNginx();
	}

	@AfterAll
	static void stop() throws Exception {
		for (Instance instance : new Instance[] { first, second }) {
			if (instance != null) {
				instance.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(2)
	void signedInThroughOneSavedThroughTheOtherAndOneStoppedUnderLoadWithoutAFailedRequest() throws Exception {
		HttpResponse<String> login = get(first.url("/login"));
		HttpResponse<String> signedIn = post(first.url("/login"),
				Map.of("_csrf", csrfToken(login.body()), "username", ADMIN, "password", PASSWORD));
		assertThat(signedIn.headers().firstValue("Location")).as("signed in through the first").hasValue("/admin");

		long id = jdbc.queryForObject("select id from university where slug = 'bsu'", Long.class);
		HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest publicPage = HttpRequest.newBuilder(first.url("/universities/bsu")).build();
		for (int i = 0; i < 2; i++) {
			assertThat(visitor.send(publicPage, HttpResponse.BodyHandlers.ofString()).body())
				.as("kept by the first instance's page cache")
				.doesNotContain("saved through the second instance");
		}
		HttpResponse<String> edit = get(second.url("/admin/universities/" + id));
		assertThat(edit.statusCode()).as("signed in on the second instance too").isEqualTo(200);
		Document form = Jsoup.parse(edit.body());
		Map<String, String> fields = PostedForms.formOf(form);
		fields.put("region", "Minsk, saved through the second instance");
		fields.put("_csrf", csrfToken(edit.body()));
		fields.put("action", "save");
		HttpResponse<String> saved = post(second.url("/admin/universities/" + id), fields);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		long savedAt = System.nanoTime();
		while (!visitor.send(publicPage, HttpResponse.BodyHandlers.ofString())
			.body()
			.contains("saved through the second instance")) {
			assertThat(Duration.ofNanos(System.nanoTime() - savedAt))
				.as("the first instance's kept page dropped after a save through the second")
				.isLessThan(Duration.ofSeconds(2));
			Thread.sleep(20);
		}

		List<String> failures = new CopyOnWriteArrayList<>();
		AtomicInteger served = new AtomicInteger();
		AtomicBoolean loading = new AtomicBoolean(true);
		ExecutorService load = Executors.newFixedThreadPool(4);
		String[] pages = { "/", "/universities", "/universities/bsu", "/agreements", "/search?q=minsk" };
		HttpClient visitors = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		for (int thread = 0; thread < 4; thread++) {
			int offset = thread;
			load.submit(() -> {
				for (int i = offset; loading.get(); i++) {
					String page = pages[i % pages.length];
					try {
						HttpResponse<Void> response = visitors.send(
								HttpRequest.newBuilder(nginx(page)).timeout(Duration.ofSeconds(30)).build(),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							failures.add(page + ": " + response.statusCode());
						}
						served.incrementAndGet();
					}
					catch (IOException | InterruptedException ex) {
						failures.add(page + ": " + ex);
					}
				}
			});
		}
		Thread.sleep(1500);
		int beforeStop = served.get();

		// SIGTERM, and watch the second instance's readiness and public port until it is
		// gone
		second.process().destroy();
		long stopping = System.nanoTime();
		long readinessDown = -1;
		long publicGone = -1;
		while (second.process().isAlive() && System.nanoTime() - stopping < TimeUnit.SECONDS.toNanos(40)) {
			// the public port first: if it no longer serves, readiness, asked after it,
			// must
			// already be down (asked the other way round, readiness could turn down
			// between
			// the two questions and look later than the port)
			long now = System.nanoTime() - stopping;
			if (publicGone < 0 && status(second.url("/")) != 200) {
				publicGone = now;
			}
			if (readinessDown < 0 && status(second.managementUrl("/actuator/health/readiness")) != 200) {
				readinessDown = now;
			}
			Thread.sleep(5);
		}
		assertThat(second.process().isAlive()).as("stopped within 40 s").isFalse();
		Thread.sleep(1000);
		loading.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(40, TimeUnit.SECONDS)).isTrue();

		assertThat(failures).as("requests failed as their client saw them").isEmpty();
		assertThat(served.get()).as("served under the load after the stop began").isGreaterThan(beforeStop);
		assertThat(readinessDown).as("readiness turned down").isNotNegative();
		if (publicGone >= 0) {
			assertThat(readinessDown).as("readiness down before the public port stops serving")
				.isLessThanOrEqualTo(publicGone);
		}
		assertThat(second.log()).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
		String access = Files.readString(work.resolve("nginx/access.log"));
		assertThat(access).as("nginx used both instances")
			.contains("127.0.0.1:" + first.port())
			.contains("127.0.0.1:" + second.port());

		assertThat(jdbc.queryForObject("select region from university where id = ?", String.class, id))
			.isEqualTo("Minsk, saved through the second instance");
		Document reread = Jsoup.parse(get(first.url("/admin/universities/" + id)).body());
		assertThat(reread.select("input[name=region]").val()).as("read through the first")
			.isEqualTo("Minsk, saved through the second instance");
	}

	@Test
	@Order(1)
	void failedSignInsThroughOneInstanceThrottleSignInThroughTheOther() throws Exception {
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> login = get(first.url("/login"));
			HttpResponse<String> failed = post(first.url("/login"), Map.of("_csrf", csrfToken(login.body()), "username",
					"guessed-name", "password", "wrong password " + i));
			assertThat(failed.headers().firstValue("Location")).hasValue("/login?error");
		}
		HttpResponse<String> login = get(second.url("/login"));
		HttpResponse<String> refused = post(second.url("/login"),
				Map.of("_csrf", csrfToken(login.body()), "username", "guessed-name", "password", "another guess"));
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).as("refused on the other instance")
				.startsWith("/login?error&wait="));
	}

	private static Process startNginx() throws Exception {
		Path directory = Files.createDirectories(work.resolve("nginx"));
		String root = System.getProperty("user.name").equals("root") ? "user root;\n" : "";
		String config = root + """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 256; }
				http {
				    log_format upstreams '$request $status $upstream_addr $upstream_status';
				    access_log %1$s/access.log upstreams;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    upstream registry {
				        server 127.0.0.1:%2$d max_fails=1 fail_timeout=30s;
				        server 127.0.0.1:%3$d max_fails=1 fail_timeout=30s;
				    }
				    server {
				        listen 127.0.0.1:%4$d;
				        location / {
				            proxy_pass http://registry;
				            proxy_set_header Host $host:$server_port;
				            proxy_set_header X-Forwarded-For $remote_addr;
				            proxy_connect_timeout 2s;
				            # a request the stopping instance refuses goes to the other one; POST
				            # and other requests that are not idempotent never go twice
				            proxy_next_upstream error timeout http_502 http_503;
				            proxy_next_upstream_tries 2;
				        }
				    }
				}
				""".formatted(directory, first.port(), second.port(), nginxPort);
		Path file = directory.resolve("nginx.conf");
		Files.writeString(file, config);
		Process process = new ProcessBuilder(NGINX.toString(), "-p", directory.toString(), "-c", file.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("output.log").toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (status(URI.create("http://127.0.0.1:" + nginxPort + "/robots.txt")) != 200) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				fail("nginx did not start: " + Files.readString(directory.resolve("output.log"))
						+ Files.readString(directory.resolve("error.log")));
			}
			Thread.sleep(50);
		}
		return process;
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("registry-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().contains("-plain"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no packaged jar in target/: run ./mvnw -B verify"));
		}
	}

	private static int status(URI uri) {
		try {
			return PROBE
				.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (ConnectException ex) {
			return -1;
		}
		catch (IOException ex) {
			return -2;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -3;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private URI nginx(String path) {
		return URI.create("http://127.0.0.1:" + nginxPort + path);
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfToken(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").first().val();
	}

	/**
	 * One running instance of the packaged application, with a home directory of its own.
	 */
	private record Instance(String name, Process process, int port, int managementPort, Path logFile) {

		static Instance start(String name, Path jar) throws IOException {
			Path home = Files.createDirectories(work.resolve(name));
			int port = freePort();
			int managementPort = freePort();
			Path log = home.resolve("application.log");
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
							"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.home=" + home, "-jar",
							jar.toAbsolutePath().toString(), "--server.port=" + port,
							"--logging.level.org.springframework.boot.web=info"));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			Map<String, String> environment = builder.environment();
			environment.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
			environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
			environment.put("REGISTRY_ADMIN_USERNAME", ADMIN);
			environment.put("REGISTRY_ADMIN_PASSWORD", PASSWORD);
			environment.put("REGISTRY_MANAGEMENT_PORT", Integer.toString(managementPort));
			return new Instance(name, builder.start(), port, managementPort, log);
		}

		void awaitReady() throws Exception {
			long deadline = System.nanoTime() + START.toNanos();
			while (status(managementUrl("/actuator/health/readiness")) != 200) {
				if (!this.process.isAlive() || System.nanoTime() > deadline) {
					fail("the " + this.name + " instance did not start:\n" + log());
				}
				Thread.sleep(200);
			}
		}

		URI url(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

		URI managementUrl(String path) {
			return URI.create("http://127.0.0.1:" + this.managementPort + path);
		}

		String log() throws IOException {
			return Files.readString(this.logFile);
		}

	}

}
