package org.bcua.registry.shared;

/**
 * Published (as a Spring application event) by the feature services for every record they
 * write, inside the saving transaction. Listeners that must only see committed changes,
 * such as a search index, use {@code @TransactionalEventListener} (after commit, the
 * default phase) or Spring Modulith's {@code @ApplicationModuleListener}; a failed save
 * publishes nothing that commits.
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
