package org.bcua.registry.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Builds facets from the counts of a {@code group by}.
 */
public final class Facets {

	private Facets() {
	}

	/**
	 * A facet of the values that have rows, and of the chosen value in any case, in the
	 * given order.
	 * @param counts rows per value; {@code null} when no value has rows
	 */
	public static Facet of(String name, @Nullable Map<String, Long> counts, @Nullable String selected,
			Comparator<String> order) {
		return of(name, counts, selected, order, (value) -> null);
	}

	/**
	 * A facet whose values are shown with a label of their own.
	 */
	public static Facet of(String name, @Nullable Map<String, Long> counts, @Nullable String selected,
			Comparator<String> order, Function<String, @Nullable String> label) {
		Map<String, Long> all = new LinkedHashMap<>((counts != null) ? counts : Map.of());
		if (selected != null) {
			all.putIfAbsent(selected, 0L);
		}
		List<String> values = new ArrayList<>(all.keySet());
		values.sort(order);
		return new Facet(name,
				values.stream()
					.map((value) -> new Facet.Value(value, all.get(value), value.equals(selected), label.apply(value)))
					.toList());
	}

	/**
	 * How many rows the list shows, from a facet every row has exactly one value of: the
	 * count of the chosen value, or the sum of all counts.
	 */
	public static long total(Facet facet) {
		return facet.values()
			.stream()
			.filter(Facet.Value::selected)
			.findFirst()
			.map(Facet.Value::count)
			.orElseGet(() -> facet.values().stream().mapToLong(Facet.Value::count).sum());
	}

	/**
	 * The order of the constants of an enum; other values last, alphabetically.
	 */
	public static Comparator<String> inOrderOf(Enum<?>[] constants) {
		List<String> names = Arrays.stream(constants).map(Enum::name).toList();
		return Comparator.comparingInt((String value) -> {
			int index = names.indexOf(value);
			return (index < 0) ? Integer.MAX_VALUE : index;
		}).thenComparing(Comparator.naturalOrder());
	}

}
