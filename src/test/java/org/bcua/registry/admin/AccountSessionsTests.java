package org.bcua.registry.admin;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
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
 * absolute timeout. (That anonymous visitors get no server session is checked against the
 * real server, {@link RealServerTests}: the CSRF support of MockMvc keeps its tokens in a
 * session.)
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
		MockHttpSession session = signIn("session-disabled");
		assertThat(this.mvc.get().uri("/admin").session(session).exchange()).hasStatusOk();
		MvcTestResult disabled = this.mvc.post()
			.uri("/admin/users/" + editor.getId())
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("role", "EDITOR")
			.param("_enabled", "on")
			.param("version", String.valueOf(editor.getVersion()))
			.exchange();
		assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		MvcTestResult refused = this.mvc.post()
			.uri("/admin/universities/new")
			.session(session)
			.with(csrf())
			.param("action", "save")
			.param("nameEn", "University of a Disabled Editor")
			.param("country", "BY")
			.param("membershipRole", "NONE")
			.exchange();
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
		MockHttpSession session = signIn("session-demoted");
		assertThat(this.mvc.get().uri("/admin/users").session(session).exchange()).hasStatusOk();
		this.accounts.update(admin.getId(), Role.EDITOR, true, admin.getVersion(), AdminTest.ADMIN);
		MvcTestResult refused = this.mvc.get().uri("/admin/users").session(session).exchange();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
		MockHttpSession again = signIn("session-demoted");
		assertThat(this.mvc.get().uri("/admin/users").session(again).exchange()).as("signed in again, as an editor")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin").session(again).exchange()).hasStatusOk();
	}

	@Test
	void aPasswordResetByAnAdministratorEndsTheAccountsSessions() {
		Account editor = this.accounts.create("session-reset", PASSWORD, Role.EDITOR);
		MockHttpSession session = signIn("session-reset");
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/" + editor.getId() + "/password")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("newPassword", "an entirely new secret")
			.param("confirmation", "an entirely new secret")
			.exchange();
		assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(this.mvc.get().uri("/admin").session(session).exchange().getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() {
		this.accounts.create("session-own", PASSWORD, Role.EDITOR);
		MockHttpSession here = signIn("session-own");
		MockHttpSession elsewhere = signIn("session-own");
		MvcTestResult changed = this.mvc.post()
			.uri("/admin/password")
			.session(here)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "my own new passphrase")
			.param("confirmation", "my own new passphrase")
			.exchange();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		assertThat(this.mvc.get().uri("/admin").session(here).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin").session(elsewhere).exchange().getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
	}

	@Test
	void anEnabledAccountKeepingItsRoleKeepsItsSessions() {
		Account editor = this.accounts.create("session-kept", PASSWORD, Role.EDITOR);
		MockHttpSession session = signIn("session-kept");
		this.accounts.update(editor.getId(), Role.EDITOR, true, editor.getVersion(), AdminTest.ADMIN);
		assertThat(this.mvc.get().uri("/admin").session(session).exchange()).hasStatusOk();
	}

	@Test
	void aSessionEndsAfterTheAbsoluteTimeoutHoweverBusy() {
		this.accounts.create("session-aged", PASSWORD, Role.EDITOR);
		AgedSession session = new AgedSession();
		signIn(session, "session-aged");
		assertThat(this.mvc.get().uri("/admin").session(session).exchange()).hasStatusOk();
		session.age(Duration.ofHours(11).plusMinutes(59));
		assertThat(this.mvc.get().uri("/admin").session(session).exchange()).hasStatusOk();
		session.age(Duration.ofHours(12));
		MvcTestResult ended = this.mvc.get().uri("/admin").session(session).exchange();
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(session.isInvalid()).isTrue();
	}

	private MockHttpSession signIn(String username) {
		MockHttpSession session = new MockHttpSession();
		signIn(session, username);
		return session;
	}

	private void signIn(MockHttpSession session, String username) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.session(session)
			.param("username", username)
			.param("password", PASSWORD)
			.with(csrf())
			.with(SignInTests.from("10.9.0.2"))
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
	}

	/**
	 * A session whose creation the test moves into the past.
	 */
	static final class AgedSession extends MockHttpSession {

		private long created = System.currentTimeMillis();

		void age(Duration age) {
			this.created = System.currentTimeMillis() - age.toMillis();
		}

		@Override
		public long getCreationTime() {
			super.getCreationTime();
			return this.created;
		}

	}

}
