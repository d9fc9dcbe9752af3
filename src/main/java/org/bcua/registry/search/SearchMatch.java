package org.bcua.registry.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL that matches a query against {@code search_entry}: full-text search on words
 * that start with the query's words, in the query's script or transliterated (see
 * {@link SearchQuery#tsQuery}). The GIN index on the entries' documents answers it
 * without reading the rows, however many match.
 */
final class SearchMatch {

	/** The weights of the names and their transliterations in the documents. */
	static final String NAMES = "AB";

	private final SearchQuery query;

	SearchMatch(SearchQuery query) {
		this.query = query;
	}

	/**
	 * Plans the statements of the rest of the transaction for their own parameters: how
	 * many entries a query matches decides between reading them all through the full-text
	 * index and reading the most prominent first, and a plan reused from another query
	 * would guess (PostgreSQL's generic plans, chosen for statements the driver has
	 * prepared a few times).
	 */
	static void planForEachQuery(EntityManager entityManager) {
		planCacheMode(entityManager, "force_custom_plan");
	}

	/**
	 * Lets the statements of the rest of the transaction reuse their plans again, as
	 * before {@link #planForEachQuery}: reading records by their ids needs no plan of its
	 * own, and planning them anew costs more than running them.
	 */
	static void planAsUsual(EntityManager entityManager) {
		planCacheMode(entityManager, "auto");
	}

	private static void planCacheMode(EntityManager entityManager, String mode) {
		entityManager.createNativeQuery("select set_config('plan_cache_mode', :mode, true)")
			.setParameter("mode", mode)
			.getSingleResult();
	}

	/**
	 * The common table expression {@code matched}: the ids of the visible records of the
	 * kind whose text matches, for a list to keep to them.
	 */
	String matched(SearchKind kind) {
		return "with matched as materialized (select e.record_id from search_entry e where e.kind = '" + kind.name()
				+ "' and e.visible and " + condition() + ") ";
	}

	/**
	 * A condition on the entry aliased {@code e}, true when any of its text matches.
	 */
	String condition() {
		return matches("e.document");
	}

	/**
	 * A condition true when the given document, or the same document stripped of
	 * positions and weights, matches; bound by {@link #bind(Query)}.
	 */
	String matches(String document) {
		return document + " @@ to_tsquery('simple', :matchAll)";
	}

	/**
	 * A condition on the entry aliased {@code e}, true when its names match.
	 */
	String namesCondition() {
		return "e.document @@ to_tsquery('simple', :matchNames)";
	}

	/**
	 * Binds the parameter of {@link #condition()}.
	 */
	Query bind(Query sql) {
		return sql.setParameter("matchAll", this.query.tsQuery(""));
	}

	/**
	 * Binds the parameters of {@link #condition()} and {@link #namesCondition()}.
	 */
	Query bindWithNames(Query sql) {
		return bind(sql).setParameter("matchNames", this.query.tsQuery(NAMES));
	}

}
