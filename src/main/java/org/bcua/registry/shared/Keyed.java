package org.bcua.registry.shared;

/**
 * A value of a fixed vocabulary (a kind, a status, a confidence) that pages show by a
 * message key in the interface language, never by its code.
 */
public interface Keyed {

	/**
	 * The message key of the label the public pages show for this value (for example
	 * {@code agreement.kind.MEMORANDUM}).
	 */
	String messageKey();

}
