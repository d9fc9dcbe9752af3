package org.bcua.registry.admin.accounts;

import jakarta.validation.constraints.NotNull;

/**
 * The role of an account and whether it may sign in, with the version the administrator
 * saw.
 */
public class AccountForm {

	@NotNull
	private Role role = Role.EDITOR;

	private boolean enabled = true;

	private long version;

	static AccountForm of(Account account) {
		AccountForm form = new AccountForm();
		form.role = account.getRole();
		form.enabled = account.isEnabled();
		form.version = account.getVersion();
		return form;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
