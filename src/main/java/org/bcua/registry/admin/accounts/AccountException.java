package org.bcua.registry.admin.accounts;

/**
 * A change of accounts that the rules refuse. The code is the message key (under
 * {@code account.error.}) shown next to the field.
 */
public class AccountException extends RuntimeException {

	private final String field;

	private final String code;

	AccountException(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	/**
	 * The form field the error belongs to.
	 */
	public String getField() {
		return this.field;
	}

	/**
	 * The message key of the error.
	 */
	public String getCode() {
		return this.code;
	}

}
