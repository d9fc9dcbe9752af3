package org.bcua.registry.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the index finds the text of one kind of record: each feature that is searched
 * (universities, people, agreements, meetings) implements it, and {@link SearchIndex}
 * asks it when a record of its kind is saved ({@link SearchIndexOnSave}) or when the
 * index is built again.
 */
public interface SearchSource {

	/**
	 * The kind of record this source describes.
	 */
	SearchKind kind();

	/**
	 * The entries of the given records as they stand in the current transaction (whose
	 * pending changes the index has flushed). Ids of records that do not exist are left
	 * out.
	 */
	Map<Long, SearchEntry> entries(Collection<Long> ids);

	/**
	 * The ids of every record of the kind, archived and unpublished ones included.
	 */
	List<Long> ids();

}
