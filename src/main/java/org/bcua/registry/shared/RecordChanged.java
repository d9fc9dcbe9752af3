package org.bcua.registry.shared;

/**
 * Published (as a Spring application event) by the feature services for every record they
 * write, inside the saving transaction. This is what keeps search current: the search
 * index listens before the transaction commits and indexes, inside it, every entry the
 * transaction made stale, so the save and its index entries commit together. Listeners
 * that must only see committed changes use {@code @TransactionalEventListener} (after
 * commit, the default phase); a failed save publishes nothing that commits.
 *
 * @param kind what kind of record
 * @param id the record's id
 * @param change what happened to it
 */
public record RecordChanged(RecordKind kind, long id, Change change) {

	/**
	 * What happened to a record. Only {@code PUBLISHED} records of kind agreement are
	 * public; draft and archived ones must leave every public index.
	 */
	public enum Change {

		/** Recorded for the first time. */
		CREATED,
		/** Its values changed. */
		UPDATED,
		/** An agreement became public. */
		PUBLISHED,
		/** An agreement went back to draft: no longer public. */
		UNPUBLISHED,
		/** Archived (deleted for the public); it stays in the history. */
		ARCHIVED

	}

}
