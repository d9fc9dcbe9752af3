package org.bcua.registry.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.admin.accounts.AccountService;
import org.bcua.registry.admin.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Signing in with the accounts of the database: the sign-in page, the first
 * administrator, long passwords, a new session id, sign-out, throttling of repeated
 * failures and the sign-in log.
 */
@AdminTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void theAdminAreaSendsAnonymousVisitorsToTheSignInPage() {
		MvcTestResult result = this.mvc.get().uri("/admin").exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void theSignInPageIsInTheLayoutWithACsrfToken() {
		MvcTestResult result = this.mvc.get().uri("/login").exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("header.site-header")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Sign in to edit the registry");
		assertThat(page.select("form[action=/login] input[name=username]")).hasSize(1);
		assertThat(page.select("form[action=/login] input[type=password][name=password]")).hasSize(1);
		assertThat(page.select("form[action=/login] input[type=hidden][name=_csrf]")).hasSize(1);
	}

	@Test
	void theSignInPageSpeaksTheVisitorsLanguage() {
		Document page = parse(this.mvc.get().uri("/login?lang=zh").exchange());
		assertThat(page.select("h1").text()).isEqualTo("登录以编辑资料库");
	}

	@Test
	void theFirstAdministratorFromTheEnvironmentSignsInAndGetsANewSessionId() {
		SessionCookie session = SessionCookie.planted("planted-by-someone-else");
		String before = session.id();
		MvcTestResult result = signIn(session, AdminTest.ADMIN, AdminTest.PASSWORD, "10.1.1.1");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		assertThat(session.id()).as("session id after sign-in").isNotNull().isNotEqualTo(before);
		MvcTestResult dashboard = session.exchange(this.mvc.get().uri("/admin"));
		assertThat(dashboard).hasStatusOk();
		assertThat(parse(dashboard).select(".admin-user").text()).contains("Signed in as chief");
	}

	@Test
	void aSignInIsNotedOnTheAccountWithoutAddingToItsHistory() {
		this.accounts.create("noted-editor", "a long enough password", Role.EDITOR);
		Integer revisions = this.jdbc.queryForObject(
				"select count(*) from account_aud a join account b on a.id = b.id where b.username = 'noted-editor'",
				Integer.class);
		signIn(new SessionCookie(), "noted-editor", "a long enough password", "10.1.1.9");
		assertThat(this.jdbc.queryForObject("select last_sign_in_at from account where username = 'noted-editor'",
				java.time.OffsetDateTime.class))
			.isNotNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account_aud a join account b on a.id = b.id where b.username = 'noted-editor'",
				Integer.class))
			.isEqualTo(revisions);
	}

	@Test
	void userNamesAreNotCaseSensitive() {
		MvcTestResult result = signIn(new SessionCookie(), "  Chief ", AdminTest.PASSWORD, "10.1.1.2");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void aWrongPasswordShowsTheSignInPageAgainWithAMessage() {
		SessionCookie session = new SessionCookie();
		MvcTestResult result = signIn(session, AdminTest.ADMIN, "not the password", "10.1.1.3");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		Document page = parse(session.exchange(this.mvc.get().uri("/login?error")));
		assertThat(page.select(".form-error").text()).contains("Wrong user name or password");
		assertThat(session.exchange(this.mvc.get().uri("/admin"))).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aPasswordOfFortyChineseCharactersWorks() {
		String password = "中华人民共和国和白俄罗斯共和国的大学协会登记册中华人民共和国和白俄罗斯共和国的大";
		assertThat(password.length()).isEqualTo(40);
		assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
		this.accounts.create("long-password", password, Role.EDITOR);
		assertThat(signIn(new SessionCookie(), "long-password", password, "10.1.1.4").getResponse().getRedirectedUrl())
			.isEqualTo("/admin");
		String almost = password.substring(0, 39) + "人";
		assertThat(signIn(new SessionCookie(), "long-password", almost, "10.1.1.4").getResponse().getRedirectedUrl())
			.as("a password differing after the 72nd byte")
			.isEqualTo("/login?error");
	}

	@Test
	void absurdInputAtSignInIsAFailedSignInNotAnError() {
		String huge = "x".repeat(100_000);
		assertThat(signIn(new SessionCookie(), AdminTest.ADMIN, huge, "10.1.1.5").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(signIn(new SessionCookie(), huge, "whatever", "10.1.1.5").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(signIn(new SessionCookie(), "chi\u0000ef", AdminTest.PASSWORD, "10.1.1.5").getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void aDisabledAccountCannotSignIn() {
		var account = this.accounts.create("retired-editor", "a long enough password", Role.EDITOR);
		this.accounts.update(account.getId(), Role.EDITOR, false, account.getVersion(), AdminTest.ADMIN);
		assertThat(signIn(new SessionCookie(), "retired-editor", "a long enough password", "10.1.1.6").getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void signOutIsAPostThatEndsTheSession() {
		SessionCookie session = new SessionCookie();
		signIn(session, AdminTest.ADMIN, AdminTest.PASSWORD, "10.1.1.7");
		String id = session.id();
		MvcTestResult out = session.exchange(this.mvc.post().uri("/logout").with(csrf()));
		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(
				this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
			.as("the session is deleted from the database")
			.isZero();
		assertThat(this.mvc.get().uri("/logout").exchange()).as("no sign-out by GET").hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("username", AdminTest.ADMIN)
			.param("password", AdminTest.PASSWORD)
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
	}

	@Test
	void repeatedFailuresAreThrottledWithAClearMessageAndOtherAddressesStillSignIn(CapturedOutput output) {
		this.accounts.create("throttled-editor", "the right password", Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			signIn(new SessionCookie(), "throttled-editor", "wrong password " + i, "10.2.0.1");
		}
		SessionCookie session = new SessionCookie();
		MvcTestResult blocked = signIn(session, "throttled-editor", "the right password", "10.2.0.1");
		assertThat(blocked.getResponse().getRedirectedUrl()).as("even the right password waits")
			.isEqualTo("/login?error&wait=5");
		Document page = parse(this.mvc.get().uri("/login?error&wait=5").exchange());
		assertThat(page.select(".form-error").text())
			.contains("Too many failed sign-ins for this account or from your address. Please wait 5 min");
		assertThat(signIn(new SessionCookie(), "throttled-editor", "the right password", "10.2.0.2").getResponse()
			.getRedirectedUrl()).as("from another address").isEqualTo("/admin");
		assertThat(output).contains("Sign-in failed: user=throttled-editor address=10.2.0.1")
			.contains("reason=throttled")
			.contains("Sign-in succeeded: user=throttled-editor address=10.2.0.2")
			.doesNotContain("wrong password 1")
			.doesNotContain("the right password");
	}

	@Test
	void failuresFromOneAddressWithOtherNamesNeverLockTheAdministratorOut() {
		for (int i = 0; i < 25; i++) {
			signIn(new SessionCookie(), "stranger-" + i + "-" + java.util.UUID.randomUUID(), "guess", "10.3.0.1");
		}
		assertThat(signIn(new SessionCookie(), AdminTest.ADMIN, AdminTest.PASSWORD, "10.3.0.1").getResponse()
			.getRedirectedUrl()).as("the administrator's right password from the same address").isEqualTo("/admin");
	}

	private MvcTestResult signIn(SessionCookie session, String username, String password, String address) {
		MvcTestResult result = session.exchange(this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return result;
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
