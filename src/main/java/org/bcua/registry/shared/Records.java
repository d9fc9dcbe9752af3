package org.bcua.registry.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for lists of records.
 */
public final class Records {

	private Records() {
	}

	/**
	 * The records in the order of the given ids (a search's ranking, a list's sort
	 * order). Records whose id is not among the ids come last.
	 */
	public static <T extends AuditedEntity> List<T> inOrderOf(Collection<Long> ids, Collection<T> records) {
		Map<Long, Integer> positions = new HashMap<>();
		for (Long id : ids) {
			positions.putIfAbsent(id, positions.size());
		}
		return records.stream()
			.sorted(Comparator.comparingInt((T record) -> positions.getOrDefault(record.getId(), Integer.MAX_VALUE)))
			.toList();
	}

}
