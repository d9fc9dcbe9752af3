package org.bcua.registry.search;

import jakarta.persistence.Query;

/**
 * The SQL that matches a query against {@code search_entry}: full-text search on words
 * that start with the query's words, in the query's script or transliterated (see
 * {@link SearchQuery#tsQuery}). The GIN index on the entries' documents answers it
 * without reading the rows, however many match.
 */
public final class SearchMatch {

	/** The weights of the names and their transliterations in the documents. */
	public static final String NAMES = "AB";

	private final SearchQuery query;

	public SearchMatch(SearchQuery query) {
		this.query = query;
	}

	/**
	 * The common table expression {@code matched}: the ids of the visible records of the
	 * kind whose text matches, for a list to keep to them.
	 */
	public String matched(SearchKind kind) {
		return "with matched as materialized (select e.record_id from search_entry e where e.kind = '" + kind.name()
				+ "' and e.visible and " + condition() + ") ";
	}

	/**
	 * A condition true when the record id in the given column is that of a visible record
	 * of the kind whose text matches.
	 */
	public String recordIn(String column, SearchKind kind) {
		return column + " in (select e.record_id from search_entry e where e.kind = '" + kind.name()
				+ "' and e.visible and " + condition() + ")";
	}

	/**
	 * A condition on the entry aliased {@code e}, true when any of its text matches.
	 */
	public String condition() {
		return matches("e.document");
	}

	/**
	 * A condition true when the given document, or the same document stripped of
	 * positions and weights, matches; bound by {@link #bind(Query)}.
	 */
	public String matches(String document) {
		return document + " @@ to_tsquery('simple', :matchAll)";
	}

	/**
	 * A condition on the entry aliased {@code e}, true when its names match.
	 */
	public String namesCondition() {
		return "e.document @@ to_tsquery('simple', :matchNames)";
	}

	/**
	 * A condition on the entry aliased {@code e}, true when the whole query is one of its
	 * names (an abbreviation such as "BSU" or "БГУ", a full name), in its own script or
	 * transliterated: such an entry ranks above those whose longer names merely start
	 * with the query's letters; bound by {@link #bindExact(Query)}.
	 */
	public String exactCondition() {
		return "(strpos(' | ' || e.names || ' | ', :exactName) > 0 or strpos(' | ' || e.latin || ' | ', :exactLatin) > 0)";
	}

	/**
	 * Binds the parameters of {@link #exactCondition()}.
	 */
	public Query bindExact(Query sql) {
		String latin = (this.query.joined() != null) ? this.query.joined() : this.query.latin();
		return sql.setParameter("exactName", SearchDocument.SEPARATOR + this.query.text() + SearchDocument.SEPARATOR)
			.setParameter("exactLatin", SearchDocument.SEPARATOR + latin + SearchDocument.SEPARATOR);
	}

	/**
	 * Binds the parameter of {@link #condition()}.
	 */
	public Query bind(Query sql) {
		return sql.setParameter("matchAll", this.query.tsQuery(""));
	}

	/**
	 * Binds the parameters of {@link #condition()} and {@link #namesCondition()}.
	 */
	public Query bindWithNames(Query sql) {
		return bind(sql).setParameter("matchNames", this.query.tsQuery(NAMES));
	}

}
