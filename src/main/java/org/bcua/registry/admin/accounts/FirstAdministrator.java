package org.bcua.registry.admin.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator at start when the registry has no account, from
 * {@link FirstAdministratorProperties}. A generated password is written to the log this
 * one time only; it is never stored anywhere but as a hash. There is no default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final FirstAdministratorProperties properties;

	FirstAdministrator(AccountService accounts, FirstAdministratorProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyExists()) {
			return;
		}
		String username = Usernames.normalize(this.properties.username());
		if (username == null) {
			throw new IllegalStateException("REGISTRY_ADMIN_USERNAME '" + Usernames.forLog(this.properties.username())
					+ "' is not a valid user name (2 to 100 letters, digits, '.', '-', '_')");
		}
		String given = this.properties.password();
		String problem = (given != null) ? Passwords.problem(given, username) : null;
		if (Passwords.LENGTH.equals(problem)) {
			throw new IllegalStateException("REGISTRY_ADMIN_PASSWORD must have " + Passwords.MIN_LENGTH + " to "
					+ Passwords.MAX_LENGTH + " characters");
		}
		if (Passwords.COMMON.equals(problem)) {
			throw new IllegalStateException(
					"REGISTRY_ADMIN_PASSWORD is one of the 10,000 most common passwords; " + "choose one that is not");
		}
		if (problem != null) {
			throw new IllegalStateException("REGISTRY_ADMIN_PASSWORD is little more than the user name '" + username
					+ "'; without it, it must still have " + Passwords.MIN_LENGTH + " characters");
		}
		String password = (given != null) ? given : Passwords.generate();
		if (!this.accounts.createFirstAdministrator(username, password)) {
			return;
		}
		if (given != null) {
			logger.info("Created the first administrator '{}' with the password from REGISTRY_ADMIN_PASSWORD",
					username);
		}
		else {
			logger.warn("""

					Created the first administrator '{}' with this generated password (shown only now):

					    {}

					Sign in at /login and change it at /admin/password.
					""", username, password);
		}
	}

}
