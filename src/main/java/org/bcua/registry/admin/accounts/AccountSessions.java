package org.bcua.registry.admin.accounts;

/**
 * Ends the sessions of an account whose rights changed (implemented with the session
 * registry of the sign-in).
 */
public interface AccountSessions {

	/**
	 * Ends at once every session of the account but the one of the current request, if it
	 * is one of them: their next request is refused and goes to the sign-in page.
	 */
	void endOtherSessions(String username);

}
