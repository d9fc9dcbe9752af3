package org.bcua.registry.admin.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.shared.CurrentEditor;

/**
 * Creates and changes accounts. Passwords are hashed here and never stored or logged in
 * clear. There is always at least one enabled administrator: the rules refuse to disable
 * or demote the last one, and nobody can disable their own account. A new password, a new
 * role or a disabled account ends every other session of the account at once.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private static final Logger logger = LoggerFactory.getLogger(AccountService.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountSessions sessions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	/**
	 * Every account, by user name.
	 */
	public List<Account> list() {
		return this.accounts.findAllByOrderByUsername();
	}

	/**
	 * One account.
	 * @throws AccountNotFoundException when there is no account with the id
	 */
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	/**
	 * Whether any account exists at all.
	 */
	public boolean anyExists() {
		return this.accounts.count() > 0;
	}

	/**
	 * Creates an account.
	 * @param username the user name as typed; it is normalized
	 * @throws AccountException when the user name is not valid or taken, or the password
	 * not acceptable
	 */
	@Transactional
	public Account create(String username, String password, Role role) {
		String name = Usernames.normalize(username);
		if (name == null) {
			throw new AccountException("username", "account.error.username");
		}
		if (this.accounts.existsByUsername(name)) {
			throw new AccountException("username", "account.error.taken");
		}
		requireAcceptable("password", password, name);
		Account account = this.accounts.save(new Account(name, this.passwordEncoder.encode(password), role));
		logger.info("Account '{}' created with role {} by {}", name, role, CurrentEditor.name());
		return account;
	}

	/**
	 * Changes the password of the signed-in user, who must give the current one; their
	 * other sessions end, the current one goes on.
	 * @throws AccountException when the current password is wrong or the new one not
	 * acceptable
	 */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new AccountException("currentPassword", "account.error.current"));
		if (currentPassword.length() > Passwords.MAX_LENGTH
				|| !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountException("currentPassword", "account.error.current");
		}
		requireAcceptable("newPassword", newPassword, account.getUsername());
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.sessions.endOtherSessions(account.getUsername());
		logger.info("Account '{}' changed its password", username);
	}

	/**
	 * Sets a new password for an account (an administrator resetting a forgotten one);
	 * the account's sessions end.
	 * @throws AccountException when the password is not acceptable
	 */
	@Transactional
	public void resetPassword(long id, String newPassword) {
		Account account = get(id);
		requireAcceptable("newPassword", newPassword, account.getUsername());
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.sessions.endOtherSessions(account.getUsername());
		logger.info("Password of account '{}' reset by {}", account.getUsername(), CurrentEditor.name());
	}

	/**
	 * Changes the role and whether the account may sign in; a changed role or a disabled
	 * account ends the account's sessions.
	 * @param actingUsername the administrator making the change
	 * @throws AccountException when this would disable the acting administrator or leave
	 * no enabled administrator
	 */
	@Transactional
	public void update(long id, Role role, boolean enabled, long version, String actingUsername) {
		Account account = get(id);
		if (account.getVersion() != version) {
			throw new AccountException("role", "account.error.stale");
		}
		boolean self = Objects.equals(account.getUsername(), actingUsername);
		if (self && !enabled) {
			throw new AccountException("enabled", "account.error.self");
		}
		if (self && role != Role.ADMIN) {
			throw new AccountException("role", "account.error.self");
		}
		if (account.isEnabledAdmin() && (role != Role.ADMIN || !enabled)
				&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountException("role", "account.error.lastAdmin");
		}
		boolean rightsChange = account.getRole() != role || !enabled;
		account.changeRole(role);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		if (rightsChange) {
			this.sessions.endOtherSessions(account.getUsername());
		}
		logger.info("Account '{}' set to role {}, {} by {}", account.getUsername(), role,
				enabled ? "enabled" : "disabled", actingUsername);
	}

	/**
	 * Notes a successful sign-in.
	 */
	@Transactional
	public void signedIn(String username, Instant at) {
		this.accounts.noteSignIn(username, at);
	}

	/**
	 * Creates the first administrator when no account exists; of several instances
	 * starting at once on an empty registry, only one does.
	 * @return whether it was created
	 */
	@Transactional
	public boolean createFirstAdministrator(String username, String password) {
		this.accounts.lockFirstAdministrator();
		if (this.accounts.count() > 0) {
			return false;
		}
		create(username, password, Role.ADMIN);
		return true;
	}

	private static void requireAcceptable(String field, String password, String username) {
		String problem = Passwords.problem(password, username);
		if (problem != null) {
			throw new AccountException(field, problem);
		}
	}

}
