package org.bcua.registry.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real server (Tomcat), what only it does: the session cookie's attributes, a
 * new session id at sign-in, and forms posted with broken encodings, NUL bytes and
 * oversized bodies, which must get a clear answer and never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.admin.username=" + AdminTest.ADMIN, "registry.admin.password=" + AdminTest.PASSWORD,
				"server.servlet.session.cookie.secure=true" })
class RealServerTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ServletWebServerApplicationContext context;

	private HttpClient client;

	/**
	 * The session cookie, kept by hand: it is Secure, so a cookie manager would not send
	 * it over HTTP.
	 */
	private String session;

	@BeforeEach
	void client() {
		this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		this.session = null;
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteAndSecureWhenConfiguredAndChangesAtSignIn() throws Exception {
		HttpResponse<String> login = get("/login");
		String before = sessionCookie(login.headers().allValues("Set-Cookie"));
		assertThat(before).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
		HttpResponse<String> signedIn = signIn();
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String after = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
		assertThat(value(after)).as("new session id at sign-in").isNotEqualTo(value(before));
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

	private HttpResponse<String> signIn() throws IOException, InterruptedException {
		String token = csrfToken(get("/login").body());
		byte[] body = ("_csrf=" + token + "&username=" + AdminTest.ADMIN + "&password="
				+ java.net.URLEncoder.encode(AdminTest.PASSWORD, StandardCharsets.UTF_8))
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
		if (this.session != null) {
			builder.header("Cookie", this.session);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.ifPresent((cookie) -> this.session = value(cookie));
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfToken(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").first().val();
	}

	private static String sessionCookie(List<String> setCookies) {
		return setCookies.stream().filter((cookie) -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
	}

	private static String value(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

}
