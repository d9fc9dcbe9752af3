package org.bcua.registry.shared;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change of a record: when, by whom (admin area only), what kind of change,
 * and each field's value before and after.
 *
 * @param revision the revision number (shared by everything saved together)
 * @param at when
 * @param by the editor's user name; {@code null} on public pages
 * @param kind what kind of change
 * @param fields the fields that changed, in the record's order
 */
public record HistoryEntry(long revision, Instant at, @Nullable String by, Kind kind, List<FieldChange> fields) {

	/**
	 * What kind of change a revision made to the record.
	 */
	public enum Kind {

		CREATED, CHANGED, PUBLISHED, UNPUBLISHED, ARCHIVED, REMOVED

	}

	/**
	 * One field's value before and after a change; texts, empty when there was none.
	 *
	 * @param field the property name (message key {@code history.field.<name>}); a date
	 * and its precision are one field, named after the date ({@code signedOn})
	 * @param before the value before as compared: codes, ISO dates, English labels
	 * @param after the value after as compared
	 * @param shownBefore the value before as a reader sees it in the interface language:
	 * labels of vocabulary values, formatted dates, yes or no, names in that language
	 * @param shownAfter the value after as a reader sees it
	 */
	public record FieldChange(String field, String before, String after, String shownBefore, String shownAfter) {

		/**
		 * A change whose values read as they are compared.
		 */
		public FieldChange(String field, String before, String after) {
			this(field, before, after, before, after);
		}

	}

}
