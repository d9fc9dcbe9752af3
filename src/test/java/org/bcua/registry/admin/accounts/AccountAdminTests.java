package org.bcua.registry.admin.accounts;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.admin.AdminTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bcua.registry.admin.AdminPages.parse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Accounts: only administrators manage them, every write needs the CSRF token, forms keep
 * what was typed, the rules keep an administrator, everyone changes their own password,
 * and the first administrator is created once.
 */
@AdminTest
@ExtendWith(OutputCaptureExtension.class)
class AccountAdminTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void editorsCannotSeeOrChangeAccounts() {
		assertThat(this.mvc.get().uri("/admin/users").with(user("ed").roles("EDITOR")).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/users/new")
			.with(user("ed").roles("EDITOR"))
			.with(csrf())
			.param("username", "sneaky")
			.param("role", "ADMIN")
			.param("password", "a long enough password")
			.param("confirmation", "a long enough password")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'sneaky'", Integer.class))
			.isZero();
		assertThat(this.mvc.get().uri("/admin").with(user("ed").roles("EDITOR")).exchange()).hasStatusOk();
	}

	@Test
	void anonymousVisitorsCannotWriteAnything() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/new")
			.with(csrf())
			.param("username", "sneaky2")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aWriteWithoutTheCsrfTokenIsForbidden() {
		assertThat(this.mvc.post()
			.uri("/admin/users/new")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.param("username", "no-token")
			.param("role", "EDITOR")
			.param("password", "a long enough password")
			.param("confirmation", "a long enough password")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'no-token'", Integer.class))
			.isZero();
	}

	@Test
	void anAdministratorCreatesAnAccountThatCanSignIn() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/new")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("username", "New.Editor")
			.param("role", "EDITOR")
			.param("password", "  spaces count too  ")
			.param("confirmation", "  spaces count too  ")
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(result.getMvcResult().getFlashMap().get("message")).isEqualTo("accountCreated");
		Account account = this.accounts.list()
			.stream()
			.filter((a) -> a.getUsername().equals("new.editor"))
			.findFirst()
			.orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.EDITOR);
		assertThat(account.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain("spaces");
		assertThat(this.passwordEncoder.matches("  spaces count too  ", account.getPasswordHash())).isTrue();
		Document list = parse(this.mvc.get().uri("/admin/users").with(user(AdminTest.ADMIN).roles("ADMIN")).exchange());
		assertThat(list.select("table.list td a").eachText()).contains("new.editor", AdminTest.ADMIN);
	}

	@Test
	void anInvalidNewAccountShowsErrorsNextToTheFieldsAndKeepsTheName() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/new")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("username", "Ю")
			.param("role", "EDITOR")
			.param("password", "short")
			.param("confirmation", "different")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = parse(result);
		assertThat(page.select("input[name=username]").val()).isEqualTo("Ю");
		assertThat(page.select("#confirmation-error").text()).isEqualTo("The two passwords differ.");
		MvcTestResult taken = this.mvc.post()
			.uri("/admin/users/new")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("username", AdminTest.ADMIN)
			.param("role", "EDITOR")
			.param("password", "a long enough password")
			.param("confirmation", "a long enough password")
			.exchange();
		assertThat(parse(taken).select("#username-error").text()).isEqualTo("This user name is taken.");
		MvcTestResult weak = this.mvc.post()
			.uri("/admin/users/new")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("username", "weak-one")
			.param("role", "EDITOR")
			.param("password", "short")
			.param("confirmation", "short")
			.exchange();
		assertThat(parse(weak).select("#password-error").text()).contains("at least 10");
	}

	@Test
	void anAdministratorChangesRolesDisablesAndResetsPasswords() {
		Account account = this.accounts.create("role-change", "a long enough password", Role.EDITOR);
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/" + account.getId())
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("role", "ADMIN")
			.param("_enabled", "on")
			.param("version", Long.toString(account.getVersion()))
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		Account changed = this.accounts.get(account.getId());
		assertThat(changed.getRole()).isEqualTo(Role.ADMIN);
		assertThat(changed.isEnabled()).as("an unchecked box (only its marker sent) disables").isFalse();
		MvcTestResult stale = this.mvc.post()
			.uri("/admin/users/" + account.getId())
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("role", "EDITOR")
			.param("enabled", "true")
			.param("version", Long.toString(account.getVersion()))
			.exchange();
		assertThat(parse(stale).select(".form-error").text())
			.contains("someone changed this record after you opened the form");
		assertThat(parse(stale).select("#role option[selected]").val())
			.as("the change made meanwhile is taken in, the stale copy is not")
			.isEqualTo("ADMIN");
		assertThat(this.accounts.get(account.getId()).getRole()).isEqualTo(Role.ADMIN);
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/" + account.getId() + "/password")
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("newPassword", "a brand new password")
			.param("confirmation", "a brand new password")
			.exchange();
		assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(this.passwordEncoder.matches("a brand new password",
				this.accounts.get(account.getId()).getPasswordHash()))
			.isTrue();
	}

	@Test
	void administratorsCannotDisableOrDemoteThemselves() {
		Account chief = this.accounts.list()
			.stream()
			.filter((a) -> a.getUsername().equals(AdminTest.ADMIN))
			.findFirst()
			.orElseThrow();
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/" + chief.getId())
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.with(csrf())
			.param("role", "ADMIN")
			.param("_enabled", "on")
			.param("version", Long.toString(chief.getVersion()))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(parse(result).select(".error").text()).contains("You cannot disable your own account");
		assertThat(this.accounts.get(chief.getId()).isEnabled()).isTrue();
	}

	@Test
	@Transactional
	void theLastEnabledAdministratorStays() {
		this.jdbc.update("update account set enabled = false where role = 'ADMIN' and username <> ?", AdminTest.ADMIN);
		Account chief = this.accounts.list()
			.stream()
			.filter((a) -> a.getUsername().equals(AdminTest.ADMIN))
			.findFirst()
			.orElseThrow();
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.accounts.update(chief.getId(), Role.EDITOR, true, chief.getVersion(), "someone"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("account.error.lastAdmin"));
	}

	@Test
	void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() {
		this.accounts.create("own-password", "the first password", Role.EDITOR);
		MvcTestResult wrong = this.mvc.post()
			.uri("/admin/password")
			.with(user("own-password").roles("EDITOR"))
			.with(csrf())
			.param("currentPassword", "not the password")
			.param("newPassword", "the second password")
			.param("confirmation", "the second password")
			.exchange();
		assertThat(wrong).hasStatusOk();
		assertThat(parse(wrong).select("#currentPassword-error").text()).isEqualTo("The current password is wrong.");
		MvcTestResult right = this.mvc.post()
			.uri("/admin/password")
			.with(user("own-password").roles("EDITOR"))
			.with(csrf())
			.param("currentPassword", "the first password")
			.param("newPassword", "the second password")
			.param("confirmation", "the second password")
			.exchange();
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		Account account = this.accounts.list()
			.stream()
			.filter((a) -> a.getUsername().equals("own-password"))
			.findFirst()
			.orElseThrow();
		assertThat(this.passwordEncoder.matches("the second password", account.getPasswordHash())).isTrue();
	}

	@Test
	@Transactional
	void withoutAPasswordInTheEnvironmentTheFirstAdministratorGetsAGeneratedOneInTheLog(CapturedOutput output) {
		this.jdbc.update("delete from account");
		new FirstAdministrator(this.accounts, new FirstAdministratorProperties(null, null)).run(null);
		Account admin = this.accounts.list().get(0);
		assertThat(admin.getUsername()).isEqualTo("admin");
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		String logged = output.getOut()
			.lines()
			.dropWhile((line) -> !line.contains("Created the first administrator 'admin'"))
			.map(String::strip)
			.filter((line) -> line.matches("[A-Za-z0-9]{24}"))
			.findFirst()
			.orElseThrow();
		assertThat(this.passwordEncoder.matches(logged, admin.getPasswordHash())).isTrue();
		new FirstAdministrator(this.accounts, new FirstAdministratorProperties("other", "another long password"))
			.run(null);
		assertThat(this.accounts.list()).as("only when no account exists").hasSize(1);
	}

	@Test
	void theFirstAdministratorFromTheEnvironmentExists() {
		Account chief = this.accounts.list()
			.stream()
			.filter((a) -> a.getUsername().equals(AdminTest.ADMIN))
			.findFirst()
			.orElseThrow();
		assertThat(chief.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches(AdminTest.PASSWORD, chief.getPasswordHash())).isTrue();
	}

}
