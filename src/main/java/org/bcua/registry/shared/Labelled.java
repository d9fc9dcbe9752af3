package org.bcua.registry.shared;

/**
 * A record or part of a record that the history shows by a short text (a name, a title, a
 * URL) rather than by its id.
 */
public interface Labelled {

	/**
	 * A short text that identifies this in the history, in English, with codes rather
	 * than labels: what the history compares to find what changed.
	 */
	String historyLabel();

	/**
	 * The same label as a reader of the history sees it: names in the interface language,
	 * vocabulary values by their labels, dates formatted. By default the English label.
	 */
	default String historyLabel(HistoryText text) {
		return historyLabel();
	}

}
