package org.bcua.registry.admin.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new password typed twice; with the current one when users change their own.
 */
public class PasswordForm {

	@Size(max = Passwords.MAX_LENGTH)
	private @Nullable String currentPassword;

	@NotBlank
	@Size(max = Passwords.MAX_LENGTH)
	private @Nullable String newPassword;

	@NotBlank
	@Size(max = Passwords.MAX_LENGTH)
	private @Nullable String confirmation;

	public @Nullable String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(@Nullable String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public @Nullable String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(@Nullable String newPassword) {
		this.newPassword = newPassword;
	}

	public @Nullable String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(@Nullable String confirmation) {
		this.confirmation = confirmation;
	}

}
