package org.bcua.registry.search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.bcua.registry.shared.RecordChanged;

/**
 * Keeps search current with every save: when a transaction that announced a
 * {@link RecordChanged} is about to commit, indexes every entry it made stale, inside
 * that transaction. The save and its index entries commit together (or not at all: a
 * failure here rolls the save back), so the request after a save finds the new text.
 * <p>
 * A transaction announcing several records indexes at the first announcement; the others
 * find nothing left to index.
 */
@Component
class SearchIndexOnSave {

	private final SearchIndex index;

	SearchIndexOnSave(SearchIndex index) {
		this.index = index;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void recordChanged(RecordChanged event) {
		this.index.reindexThisTransaction();
	}

}
