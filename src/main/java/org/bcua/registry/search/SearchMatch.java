package org.bcua.registry.search;

import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL that matches a query against {@code search_entry} and scores the match. An
 * entry matches when a word of its names is similar to the query by trigrams (in the
 * query's script, or both transliterated to Latin), which covers abbreviations, prefixes
 * and typos, or when its full text holds every word of the query as a prefix.
 * <p>
 * The trigram operators use the transaction's {@code pg_trgm.word_similarity_threshold},
 * so {@link #prepare(EntityManager)} must run first in the same transaction.
 */
final class SearchMatch {

	/**
	 * How similar a word of the names must be to a query of up to five letters, such as
	 * an abbreviation: "BSUIR" must not find "BSU" (0.5).
	 */
	static final double SHORT_QUERY_THRESHOLD = 0.55;

	/**
	 * The highest similarity asked of longer queries.
	 */
	static final double LONG_QUERY_THRESHOLD = 0.6;

	static final int SHORT_QUERY = 5;

	private final SearchQuery query;

	SearchMatch(SearchQuery query) {
		this.query = query;
	}

	/**
	 * Sets the similarity threshold for the query for the rest of the current
	 * transaction.
	 */
	void prepare(EntityManager entityManager) {
		entityManager.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
			.setParameter("threshold", String.format(Locale.ROOT, "%.3f", threshold()))
			.getSingleResult();
	}

	/**
	 * How similar to the query a word of the names must be. A word of n letters has n + 1
	 * trigrams, and one typo (a wrong, missing or swapped letter) spoils up to four of
	 * them, so the threshold lets exactly that through: "Dalain" finds "Dalian" (3 of 7
	 * trigrams left), and "hydrology" does not find "technology" (4 of 10), up to
	 * {@value #LONG_QUERY_THRESHOLD} for long queries. Short queries must match closely.
	 */
	double threshold() {
		long letters = this.query.text().codePoints().filter(Character::isLetterOrDigit).count();
		if (letters <= SHORT_QUERY) {
			return SHORT_QUERY_THRESHOLD;
		}
		return Math.min(LONG_QUERY_THRESHOLD, (letters - 3.0) / (letters + 1.0) - 0.02);
	}

	/**
	 * A condition on the entry aliased {@code e}, true when it matches.
	 */
	String condition() {
		return "(e.names %> :text or e.latin %> :latin"
				+ ((this.query.joined() != null) ? " or e.latin %> :joined" : "")
				+ " or e.document @@ to_tsquery('simple', :tsquery))";
	}

	/**
	 * An expression that scores the entry aliased {@code e}: its best word similarity to
	 * the query (1 for a whole word), plus a little for a full-text match and for overall
	 * likeness, which puts shorter and closer names first among equals.
	 */
	String score() {
		return "(greatest(word_similarity(:text, e.names), word_similarity(:latin, e.latin)"
				+ ((this.query.joined() != null) ? ", word_similarity(:joined, e.latin)" : "") + ")"
				+ " + case when e.document @@ to_tsquery('simple', :tsquery)"
				+ " then 0.1 + ts_rank(e.document, to_tsquery('simple', :tsquery)) else 0 end"
				+ " + 0.1 * similarity(:latin, e.latin))";
	}

	/**
	 * Binds the parameters that {@link #condition()} and {@link #score()} name.
	 */
	Query bind(Query sql) {
		sql.setParameter("text", this.query.text())
			.setParameter("latin", this.query.latin())
			.setParameter("tsquery", this.query.prefixTsQuery());
		if (this.query.joined() != null) {
			sql.setParameter("joined", this.query.joined());
		}
		return sql;
	}

}
