package org.bcua.registry.admin.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.bcua.registry.admin.AdminTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The most common passwords and the user name are refused wherever a password is set: a
 * new account, a reset, one's own change and the first administrator.
 */
@AdminTest
class PasswordPolicyTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theRulesRefuseCommonPasswordsIgnoringCaseAndTheUserName() {
		assertThat(Passwords.problem("qwertyuiop", "editor")).isEqualTo(Passwords.COMMON);
		assertThat(Passwords.problem("Password123", "editor")).isEqualTo(Passwords.COMMON);
		assertThat(Passwords.problem("MANCHESTER", "editor")).isEqualTo(Passwords.COMMON);
		assertThat(Passwords.problem("short", "editor")).isEqualTo(Passwords.LENGTH);
		assertThat(Passwords.problem("librarian-one", "librarian-one")).isEqualTo(Passwords.USERNAME);
		assertThat(Passwords.problem("Librarian-One 2025", "librarian-one")).isEqualTo(Passwords.USERNAME);
		assertThat(Passwords.problem("librarian-one, of the old reading room", "librarian-one")).isNull();
		assertThat(Passwords.problem("Belarus and China, 2023", "chief")).isNull();
		assertThat(Passwords.problem("中华人民共和国和白俄罗斯共和国", "editor")).isNull();
	}

	@Test
	void aNewAccountWithACommonPasswordIsAFieldError() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/new")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("username", "common-choice")
			.param("role", "EDITOR")
			.param("password", "1234567890")
			.param("confirmation", "1234567890")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(parse(result).select("#password-error").text()).contains("10,000 most common");
		MvcTestResult named = this.mvc.post()
			.uri("/admin/users/new")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("username", "common-choice")
			.param("role", "EDITOR")
			.param("password", "Common-Choice!")
			.param("confirmation", "Common-Choice!")
			.exchange();
		assertThat(parse(named).select("#password-error").text()).contains("must not be the user name");
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'common-choice'",
				Integer.class))
			.isZero();
	}

	@Test
	void aResetOrAChangeToACommonPasswordIsAFieldError() {
		Account account = this.accounts.create("common-reset", "a fine first password", Role.EDITOR);
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/" + account.getId() + "/password")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("newPassword", "QWERTYUIOP")
			.param("confirmation", "QWERTYUIOP")
			.exchange();
		assertThat(reset).hasStatusOk();
		assertThat(parse(reset).select("#newPassword-error").text()).contains("10,000 most common");
		MvcTestResult own = this.mvc.post()
			.uri("/admin/password")
			.with(user("common-reset").roles("EDITOR"))
			.with(csrf())
			.param("currentPassword", "a fine first password")
			.param("newPassword", "password123")
			.param("confirmation", "password123")
			.exchange();
		assertThat(own).hasStatusOk();
		assertThat(parse(own).select("#newPassword-error").text()).contains("10,000 most common");
	}

	@Test
	void theFirstAdministratorWithACommonPasswordDoesNotStart() {
		AccountService none = new AccountService(null, null, null) {
			@Override
			public boolean anyExists() {
				return false;
			}

			@Override
			public boolean createFirstAdministrator(String username, String password) {
				throw new AssertionError("created with a refused password");
			}
		};
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdministrator(none, new FirstAdministratorProperties("admin", "1q2w3e4r5t"))
				.run(new DefaultApplicationArguments()))
			.withMessageContaining("REGISTRY_ADMIN_PASSWORD is one of the 10,000 most common passwords");
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdministrator(none, new FirstAdministratorProperties("admin", "admin-admin"))
				.run(new DefaultApplicationArguments()))
			.withMessageContaining("little more than the user name");
	}

}
