package org.bcua.registry.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.bcua.registry.search.Highlight;
import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.search.SearchText;

/**
 * What a search found, grouped by kind of record, best first in each group.
 *
 * @param query the query as typed
 * @param correction the query searched for instead, with typos corrected, when the query
 * as typed matched nothing; else {@code null}
 * @param groups a group per kind that had matches, in the order of {@link SearchKind}
 */
public record SearchResults(SearchQuery query, @Nullable SearchQuery correction, List<Group> groups) {

	public SearchResults {
		groups = List.copyOf(groups);
	}

	/**
	 * How many records matched, in all groups (including those not shown), each group
	 * counted up to its cap.
	 */
	public long total() {
		return this.groups.stream().mapToLong((group) -> Math.min(group.total(), group.cap())).sum();
	}

	/**
	 * The number of matches as shown: the count, and a plus sign when a group has more
	 * matches than were counted.
	 */
	public String totalText() {
		return total() + (isCapped() ? "+" : "");
	}

	/**
	 * Whether a group has more matches than were counted.
	 */
	public boolean isCapped() {
		return this.groups.stream().anyMatch(Group::isCapped);
	}

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	/**
	 * The matches of one kind of record.
	 *
	 * @param kind the kind
	 * @param total how many records of this kind matched, counted up to one more than the
	 * cap
	 * @param cap how far matches are counted; beyond it the group has "more than" the cap
	 * @param results the best of them, best first
	 */
	public record Group(SearchKind kind, long total, long cap, List<Result> results) {

		public Group {
			results = List.copyOf(results);
		}

		/**
		 * Whether some matches are not among the results shown.
		 */
		public boolean hasMore() {
			return this.total > this.results.size();
		}

		/**
		 * Whether more records matched than were counted.
		 */
		public boolean isCapped() {
			return this.total > this.cap;
		}

		/**
		 * The number of matches as shown: the count, or the cap and a plus sign.
		 */
		public String totalText() {
			return isCapped() ? this.cap + "+" : Long.toString(this.total);
		}

	}

	/**
	 * One record found.
	 *
	 * @param kind the kind of record
	 * @param slug the record's slug
	 * @param title the record's name or title in the interface language, with what
	 * matched marked
	 * @param titleLanguage the language of the title when it is a fallback (English for a
	 * name not known in the interface language), else {@code null}
	 * @param original the name in its original script when it is not the one shown, with
	 * what matched marked
	 * @param alsoKnownAs another name (in another language, an alias or abbreviation)
	 * when the match is there rather than in what is shown
	 * @param excerpt a passage of the record's summary when only the summary matched
	 * @param record the record itself (a university, person, agreement or meeting)
	 */
	public record Result(SearchKind kind, String slug, Highlight title, @Nullable String titleLanguage,
			@Nullable Highlight original, @Nullable Highlight alsoKnownAs, @Nullable Highlight excerpt, Object record) {

		/**
		 * The address of the record's page.
		 */
		public String path() {
			return this.kind.path() + "/" + this.slug;
		}

		/**
		 * The language of the original name, from its script.
		 */
		public String originalLanguage() {
			return (this.original != null) ? SearchText.languageOf(this.original.text()) : "en";
		}

		/**
		 * The language of the other name that matched, from its script.
		 */
		public String alsoKnownAsLanguage() {
			return (this.alsoKnownAs != null) ? SearchText.languageOf(this.alsoKnownAs.text()) : "en";
		}

	}

}
