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
	 * @param field the property name (message key {@code history.field.<name>})
	 * @param before the value before
	 * @param after the value after
	 */
	public record FieldChange(String field, String before, String after) {

	}

}
