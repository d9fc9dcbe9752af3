package org.bcua.registry.admin;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.bcua.registry.admin.accounts.Account;
import org.bcua.registry.admin.accounts.AccountService;
import org.bcua.registry.admin.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sessions end with the rights they were opened with: disabling, demoting or a new
 * password ends every other session of the account at once; no session outlives the
 * absolute timeout. Sessions live in the database (Spring Session JDBC): each test's
 * requests carry the session cookie as a browser would. (That anonymous visitors get no
 * server session is checked against the real server, {@link RealServerTests}.)
 */
@AdminTest
class AccountSessionsTests {

	private static final String PASSWORD = "sessions are tested here";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aDisabledEditorsOpenSessionCanNoLongerWrite() {
		Account editor = this.accounts.create("session-disabled", PASSWORD, Role.EDITOR);
		SessionCookie session = signIn("session-disabled");
		assertThat(session.exchange(this.mvc.get().uri("/admin"))).hasStatusOk();
		MvcTestResult disabled = this.mvc.post()
			.uri("/admin/users/" + editor.getId())
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("role", "EDITOR")
			.param("_enabled", "on")
			.param("version", String.valueOf(editor.getVersion()))
			.exchange();
		assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		MvcTestResult refused = session.exchange(this.mvc.post()
			.uri("/admin/universities/new")
			.with(csrf())
			.param("action", "save")
			.param("nameEn", "University of a Disabled Editor")
			.param("country", "BY")
			.param("membershipRole", "NONE"));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from university where name_en = 'University of a Disabled Editor'", Integer.class))
			.isZero();
		assertThat(parse(this.mvc.get().uri("/login?ended").exchange()).select(".flash").text())
			.contains("Your session was ended because your account was changed");
	}

	@Test
	void aDemotedAdministratorsOpenSessionNoLongerOpensTheAccounts() {
		Account admin = this.accounts.create("session-demoted", PASSWORD, Role.ADMIN);
		SessionCookie session = signIn("session-demoted");
		assertThat(session.exchange(this.mvc.get().uri("/admin/users"))).hasStatusOk();
		this.accounts.update(admin.getId(), Role.EDITOR, true, admin.getVersion(), AdminTest.ADMIN);
		MvcTestResult refused = session.exchange(this.mvc.get().uri("/admin/users"));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		SessionCookie again = signIn("session-demoted");
		assertThat(again.exchange(this.mvc.get().uri("/admin/users"))).as("signed in again, as an editor")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(again.exchange(this.mvc.get().uri("/admin"))).hasStatusOk();
	}

	@Test
	void aPasswordResetByAnAdministratorEndsTheAccountsSessions() {
		Account editor = this.accounts.create("session-reset", PASSWORD, Role.EDITOR);
		SessionCookie session = signIn("session-reset");
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/" + editor.getId() + "/password")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("newPassword", "an entirely new secret")
			.param("confirmation", "an entirely new secret")
			.exchange();
		assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(session.exchange(this.mvc.get().uri("/admin")).getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() {
		this.accounts.create("session-own", PASSWORD, Role.EDITOR);
		SessionCookie here = signIn("session-own");
		SessionCookie elsewhere = signIn("session-own");
		MvcTestResult changed = here.exchange(this.mvc.post()
			.uri("/admin/password")
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "my own new passphrase")
			.param("confirmation", "my own new passphrase"));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		assertThat(here.exchange(this.mvc.get().uri("/admin"))).hasStatusOk();
		assertThat(elsewhere.exchange(this.mvc.get().uri("/admin")).getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
	}

	@Test
	void anEnabledAccountKeepingItsRoleKeepsItsSessions() {
		Account editor = this.accounts.create("session-kept", PASSWORD, Role.EDITOR);
		SessionCookie session = signIn("session-kept");
		this.accounts.update(editor.getId(), Role.EDITOR, true, editor.getVersion(), AdminTest.ADMIN);
		assertThat(session.exchange(this.mvc.get().uri("/admin"))).hasStatusOk();
	}

	@Test
	void aSessionEndsAfterTheAbsoluteTimeoutHoweverBusy() {
		this.accounts.create("session-aged", PASSWORD, Role.EDITOR);
		SessionCookie session = signIn("session-aged");
		assertThat(session.exchange(this.mvc.get().uri("/admin"))).hasStatusOk();
		age(session, Duration.ofHours(11).plusMinutes(59));
		assertThat(session.exchange(this.mvc.get().uri("/admin"))).hasStatusOk();
		age(session, Duration.ofHours(12));
		MvcTestResult ended = session.exchange(this.mvc.get().uri("/admin"));
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				session.id()))
			.as("the session is deleted from the database")
			.isZero();
	}

	@Test
	void aSessionIsKeptInTheDatabaseUnderItsUserName() {
		this.accounts.create("session-stored", PASSWORD, Role.EDITOR);
		SessionCookie session = signIn("session-stored");
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, session.id()))
			.isEqualTo("session-stored");
	}

	/**
	 * Moves the creation of a session into the past, where the database keeps it.
	 */
	private void age(SessionCookie session, Duration age) {
		this.jdbc.update("update spring_session set creation_time = ? where session_id = ?",
				System.currentTimeMillis() - age.toMillis(), session.id());
	}

	private SessionCookie signIn(String username) {
		SessionCookie session = new SessionCookie();
		MvcTestResult result = session.exchange(this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", PASSWORD)
			.with(csrf())
			.with(SignInTests.from("10.9.0.2")));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		return session;
	}

}
