package org.bcua.registry.api;

/**
 * A request parameter of the API that is unknown or whose value is not accepted: a 400
 * problem naming it in {@code invalid-params}.
 */
public class ApiParameterException extends RuntimeException {

	private final String name;

	private final String reason;

	/**
	 * @param name the parameter
	 * @param reason what is wrong with it, in English
	 */
	public ApiParameterException(String name, String reason) {
		super(name + ": " + reason);
		this.name = name;
		this.reason = reason;
	}

	public String getName() {
		return this.name;
	}

	public String getReason() {
		return this.reason;
	}

}
