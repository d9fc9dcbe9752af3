package org.bcua.registry.admin.accounts;

import org.bcua.registry.shared.NotFoundException;

/**
 * No account with the id asked for.
 */
public class AccountNotFoundException extends NotFoundException {

	AccountNotFoundException(long id) {
		super("account", Long.toString(id));
	}

}
