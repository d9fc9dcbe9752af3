package org.bcua.registry.admin.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at start when no account exists: set
 * {@code REGISTRY_ADMIN_USERNAME} and {@code REGISTRY_ADMIN_PASSWORD}. Without a password
 * a strong one is generated and written once to the log.
 *
 * @param username the user name; {@code admin} when not set
 * @param password the password; generated when not set
 */
@ConfigurationProperties("registry.admin")
public record FirstAdministratorProperties(@Nullable String username, @Nullable String password) {

	public FirstAdministratorProperties {
		username = (username == null || username.isBlank()) ? "admin" : username;
		password = (password == null || password.isEmpty()) ? null : password;
	}

}
