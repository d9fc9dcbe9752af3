package org.bcua.registry.admin.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.AuditedEntity;

/**
 * Someone who may sign in: a user name, a password hash (never the password), a role, and
 * whether the account may sign in at all. Changes are kept in the history, except the
 * hash and the time of the last sign-in.
 */
@Audited
@Entity
@Table(name = "account")
public class Account extends AuditedEntity {

	@Column(nullable = false, unique = true)
	private String username = "";

	@NotAudited
	@Column(name = "password_hash", nullable = false)
	private String passwordHash = "";

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt = Instant.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role = Role.EDITOR;

	@Column(nullable = false)
	private boolean enabled = true;

	@NotAudited
	@Column(name = "last_sign_in_at")
	private @Nullable Instant lastSignInAt;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role) {
		this.username = username;
		this.role = role;
		changePasswordHash(passwordHash);
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public @Nullable Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = Instant.now();
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		this.enabled = false;
	}

	boolean isEnabledAdmin() {
		return this.enabled && this.role == Role.ADMIN;
	}

}
