package org.bcua.registry.admin.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new account, as typed by an administrator.
 */
public class NewAccountForm {

	@NotBlank
	@Size(max = Usernames.MAX_LENGTH)
	private @Nullable String username;

	@NotNull
	private Role role = Role.EDITOR;

	@NotBlank
	@Size(max = Passwords.MAX_LENGTH)
	private @Nullable String password;

	@NotBlank
	@Size(max = Passwords.MAX_LENGTH)
	private @Nullable String confirmation;

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(@Nullable String confirmation) {
		this.confirmation = confirmation;
	}

}
