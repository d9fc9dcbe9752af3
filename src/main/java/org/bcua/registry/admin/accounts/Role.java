package org.bcua.registry.admin.accounts;

/**
 * What a signed-in user may do: editors record and edit, administrators also archive
 * records and manage accounts.
 */
public enum Role {

	EDITOR, ADMIN;

	/**
	 * The authority Spring Security checks ({@code ROLE_EDITOR}, {@code ROLE_ADMIN}).
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
