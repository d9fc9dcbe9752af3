package org.bcua.registry.search;

/**
 * The kinds of records the search finds, in the order their results are shown.
 */
public enum SearchKind {

	UNIVERSITY("/universities"), PERSON("/people"), AGREEMENT("/agreements"), MEETING("/meetings");

	private final String path;

	SearchKind(String path) {
		this.path = path;
	}

	/**
	 * The public address of the list of records of this kind; a record's page is below
	 * it, at its slug.
	 */
	public String path() {
		return this.path;
	}

}
