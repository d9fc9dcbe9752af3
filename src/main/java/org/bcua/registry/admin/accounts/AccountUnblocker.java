package org.bcua.registry.admin.accounts;

/**
 * Lifts the sign-in blocks of an account (implemented by the sign-in throttle).
 */
public interface AccountUnblocker {

	/**
	 * Forgets the failed sign-ins counted against the account.
	 */
	void unblock(String username);

}
