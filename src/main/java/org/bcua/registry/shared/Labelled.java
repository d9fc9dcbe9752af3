package org.bcua.registry.shared;

/**
 * A record or part of a record that the history shows by a short text (a name, a title, a
 * URL) rather than by its id.
 */
public interface Labelled {

	/**
	 * A short text that identifies this in the history, in English.
	 */
	String historyLabel();

}
