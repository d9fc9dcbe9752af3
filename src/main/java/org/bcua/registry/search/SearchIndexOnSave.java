package org.bcua.registry.search;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.bcua.registry.shared.RecordChanged;

/**
 * Keeps search current with every save: when a transaction that announced a
 * {@link RecordChanged} of a searched kind is about to commit, writes that record's entry
 * inside the transaction. The save and its entry commit together (or not at all: a
 * failure here rolls the save back), so the request after a save finds the new text.
 */
@Component
class SearchIndexOnSave {

	private final SearchIndex index;

	SearchIndexOnSave(SearchIndex index) {
		this.index = index;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void recordChanged(RecordChanged event) {
		SearchKind kind = switch (event.kind()) {
			case UNIVERSITY -> SearchKind.UNIVERSITY;
			case PERSON -> SearchKind.PERSON;
			case AGREEMENT -> SearchKind.AGREEMENT;
			case MEETING -> SearchKind.MEETING;
			case SOURCE -> null;
		};
		if (kind != null) {
			this.index.update(kind, List.of(event.id()));
		}
	}

}
