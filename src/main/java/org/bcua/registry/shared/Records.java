package org.bcua.registry.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Helpers for lists of records.
 */
public final class Records {

	private Records() {
	}

	/**
	 * The ids of the given records, as the array a query's {@code id_in(x, :ids)} takes
	 * ({@code database.IdListFunction}).
	 */
	public static Long[] ids(Collection<? extends AuditedEntity> records) {
		return records.stream().map(AuditedEntity::getId).filter(Objects::nonNull).toArray(Long[]::new);
	}

	/**
	 * The given ids as the array a query's {@code id_in(x, :ids)} takes.
	 */
	public static Long[] array(Collection<Long> ids) {
		return ids.toArray(Long[]::new);
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
