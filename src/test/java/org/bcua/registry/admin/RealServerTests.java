package org.bcua.registry.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real server (Tomcat), what only it does: the session cookie's attributes, a
 * session only from sign-in on and a new session id at sign-in, HTTPS through a proxy,
 * redirects that ignore a spoofed {@code Host}, the address it listens on, and forms
 * posted with broken encodings, NUL bytes and oversized bodies, which must get a clear
 * answer and never a 500. It runs as behind a reverse proxy
 * ({@code server.forward-headers-strategy=native}; the test client is on loopback, which
 * Tomcat trusts as a proxy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.admin.username=" + AdminTest.ADMIN, "registry.admin.password=" + AdminTest.PASSWORD,
				"server.forward-headers-strategy=native" })
class RealServerTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ServletWebServerApplicationContext context;

	private HttpClient client;

	/**
	 * The cookies, kept by hand: a Secure one would not be sent over HTTP by a cookie
	 * manager, and the tests send them through proxies' headers.
	 */
	private final Map<String, String> cookies = new LinkedHashMap<>();

	/** Headers sent with every request, as a proxy in front would add them. */
	private final Map<String, String> proxyHeaders = new LinkedHashMap<>();

	@BeforeEach
	void client() {
		this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		this.cookies.clear();
		this.proxyHeaders.clear();
	}

	@Test
	void anonymousVisitorsGetNoSessionAndSignInStartsOneWithANewIdEachTime() throws Exception {
		for (String path : new String[] { "/login", "/admin", "/admin/users", "/", "/login?error" }) {
			HttpResponse<String> response = get(path);
			assertThat(sessionCookie(response)).as(path).isNull();
		}
		HttpResponse<String> signedIn = signIn();
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).as("the page asked for before").hasValue("/admin/users");
		String first = sessionCookie(signedIn);
		assertThat(first).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(get("/admin").statusCode()).isEqualTo(200);
		String again = sessionCookie(signIn(csrfToken(get("/admin").body())));
		assertThat(value(again)).as("a new session id at sign-in").isNotEqualTo(value(first));
	}

	@Test
	void overHttpsThroughAProxyCookiesAreSecureAndPagesAskForHttps() throws Exception {
		HttpResponse<String> plain = get("/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(csrfCookie(plain)).doesNotContain("Secure");
		this.cookies.clear();
		this.proxyHeaders.put("X-Forwarded-Proto", "https");
		HttpResponse<String> login = get("/login");
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(csrfCookie(login)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		HttpResponse<String> signedIn = signIn();
		assertThat(sessionCookie(signedIn)).contains("Secure").contains("HttpOnly");
		assertThat(get("/admin").headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void redirectsNeverRepeatASpoofedHostHeader() throws Exception {
		Raw toSignIn = raw("GET /admin/users HTTP/1.1\r\nHost: evil.example\r\n", "");
		assertThat(toSignIn.status()).isEqualTo(302);
		assertThat(toSignIn.header("Location")).isEqualTo("/login");
		String token = csrfToken(get("/login").body());
		String body = "_csrf=" + token + "&username=" + AdminTest.ADMIN + "&password="
				+ URLEncoder.encode(AdminTest.PASSWORD, StandardCharsets.UTF_8);
		Raw signedIn = raw(
				"POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookieHeader() + "; "
						+ toSignIn.cookie("REDIRECT_URI") + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
				body);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).as("back to the page asked for").isEqualTo("/admin/users");
		Raw controller = raw(
				"GET /admin/password HTTP/1.1\r\nHost: evil.example\r\nCookie: " + signedIn.cookie("SESSION") + "\r\n",
				"");
		assertThat(controller.status()).isEqualTo(200);
		Raw mvcRedirect = raw(
				"GET /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + signedIn.cookie("SESSION") + "\r\n", "");
		assertThat(mvcRedirect.header("Location")).as("a controller's redirect").isEqualTo("/admin");
	}

	@Test
	void aBackupIsDownloadedFromTheManagementPortOnlyAndItsTemporaryFileIsGone() throws Exception {
		long temporaryBefore = temporaryBackups();
		HttpResponse<byte[]> backup = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + "/actuator/backup"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(backup.statusCode()).isEqualTo(200);
		assertThat(backup.headers().firstValue("Content-Type")).hasValue("application/zip");
		List<String> entries = new java.util.ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(backup.body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).startsWith("backup.properties")
			.contains("tables/university.copy", "tables/revinfo.copy", "tables/account.copy");
		assertThat(temporaryBackups()).as("the temporary file deleted once sent").isEqualTo(temporaryBefore);
		assertThat(get("/actuator/backup").statusCode()).as("not on the public port").isEqualTo(404);
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> error = get("/error");
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(error.body()).select("header.site-header")).hasSize(1);
	}

	@Test
	void theServerListensOnLoopbackUnlessConfigured() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Object address = server.getTomcat().getConnector().getProperty("address");
		assertThat(address).isInstanceOf(InetAddress.class);
		assertThat(((InetAddress) address).isLoopbackAddress()).isTrue();
	}

	@Test
	void signedInSessionsEndAfterThirtyIdleMinutes() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		org.apache.catalina.Context webapp = (org.apache.catalina.Context) server.getTomcat()
			.getHost()
			.findChildren()[0];
		assertThat(webapp.getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void aBrokenEncodingOrANulByteInAFormIsAFieldErrorNotAServerError() throws Exception {
		signIn();
		String token = csrfToken(get("/admin/universities/new").body());
		byte[] broken = ("_csrf=" + token + "&action=save&country=BY&membershipRole=NONE&nameEn=Broken%C3%28name")
			.getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> result = post("/admin/universities/new", broken);
		assertThat(result.statusCode()).as("the server refuses text that is not UTF-8").isEqualTo(400);
		Document page = Jsoup.parse(result.body());
		assertThat(page.select("h1").text()).isEqualTo("This address is not understood");
		assertThat(page.text()).contains("If you were sending a form").doesNotContain("Exception");

		byte[] nul = ("_csrf=" + token + "&action=save&country=BY&membershipRole=NONE&nameEn=Nul%00name")
			.getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> withNul = post("/admin/universities/new", nul);
		assertThat(withNul.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(withNul.body()).select("#nameEn-error").text())
			.contains("characters that cannot be stored");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from university where name_en like 'Broken%' " + "or name_en like 'Nul%'",
				Integer.class))
			.isZero();
	}

	@Test
	void aFormCutOffMidUploadStoresNothing() throws Exception {
		signIn();
		String token = csrfToken(get("/admin/universities/new").body());
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			byte[] body = universityForm(token, "Cut off university");
			String head = "POST /admin/universities/new HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookieHeader()
					+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
					+ "\r\n\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
			// every field but the end of the padding: then the client goes away
			socket.getOutputStream().write(body, 0, body.length - 1000);
			socket.getOutputStream().flush();
			Thread.sleep(300);
		}
		HttpResponse<String> whole = post("/admin/universities/new", universityForm(token, "Whole university"));
		assertThat(whole.statusCode()).as("the same form sent whole is saved").isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from university where name_en = 'Whole university'",
				Integer.class))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from university where name_en = 'Cut off university'",
				Integer.class))
			.isZero();
	}

	private static byte[] universityForm(String token, String name) {
		return ("_csrf=" + token + "&action=save&country=BY&membershipRole=NONE&nameEn="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8) + "&padding=" + "p".repeat(20_000))
			.getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void anOversizedFormGetsAClearAnswerNotAServerError() throws Exception {
		signIn();
		String token = csrfToken(get("/admin/universities/new").body());
		byte[] huge = ("_csrf=" + token + "&action=save&country=BY&membershipRole=NONE&nameEn="
				+ "x".repeat(3 * 1024 * 1024))
			.getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> result = post("/admin/universities/new", huge);
		assertThat(result.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(result.body());
		assertThat(page.select("h1").text()).isEqualTo("The form is too large");
		assertThat(page.select("header.site-header")).hasSize(1);

		byte[] long_ = ("_csrf=" + token + "&action=save&country=BY&membershipRole=NONE&nameEn=" + "y".repeat(5000))
			.getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> tooLong = post("/admin/universities/new", long_);
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(tooLong.body()).select("#nameEn-error").text())
			.isEqualTo("Too long: at most 300 characters.");
	}

	private static long temporaryBackups() throws IOException {
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("registry-backup-")).count();
		}
	}

	private HttpResponse<String> signIn() throws IOException, InterruptedException {
		return signIn(csrfToken(get("/login").body()));
	}

	private HttpResponse<String> signIn(String token) throws IOException, InterruptedException {
		byte[] body = ("_csrf=" + token + "&username=" + AdminTest.ADMIN + "&password="
				+ URLEncoder.encode(AdminTest.PASSWORD, StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.US_ASCII);
		return post("/login", body);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie", cookieHeader());
		}
		this.proxyHeaders.forEach(builder::header);
		return builder;
	}

	private String cookieHeader() {
		return this.cookies.entrySet()
			.stream()
			.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			String pair = value(cookie);
			int equals = pair.indexOf('=');
			if (cookie.contains("Max-Age=0")) {
				this.cookies.remove(pair.substring(0, equals));
			}
			else {
				this.cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return response;
	}

	/**
	 * Sends a request as typed, over a plain socket: the HTTP client refuses to send its
	 * own {@code Host} header.
	 */
	private Raw raw(String head, String body) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			String request = head + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().write(content);
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			return new Raw(response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n"));
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfToken(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").first().val();
	}

	private static @Nullable String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElse(null);
	}

	private static String csrfCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
	}

	private static String value(String setCookie) {
		int end = setCookie.indexOf(';');
		return (end >= 0) ? setCookie.substring(0, end) : setCookie;
	}

	/**
	 * The head of a response read from a socket.
	 */
	private record Raw(String[] lines) {

		int status() {
			return Integer.parseInt(this.lines[0].split(" ")[1]);
		}

		@Nullable String header(String name) {
			return headers(name).stream().findFirst().orElse(null);
		}

		String cookie(String name) {
			return headers("Set-Cookie").stream()
				.map(RealServerTests::value)
				.filter((cookie) -> cookie.startsWith(name + "="))
				.findFirst()
				.orElseThrow();
		}

		private List<String> headers(String name) {
			return Arrays.stream(this.lines)
				.skip(1)
				.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map((line) -> line.substring(name.length() + 1).strip())
				.toList();
		}

	}

}
