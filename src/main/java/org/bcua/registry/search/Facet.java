package org.bcua.registry.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The values a list can be narrowed to on one property, each with how many rows it would
 * show: the count takes every other filter and the text query into account, but not this
 * facet's own choice, so the alternatives stay visible.
 *
 * @param name the request parameter of the facet ({@code country}, {@code kind}, ...)
 * @param values the values with at least one row, and the chosen one in any case
 */
public record Facet(String name, List<Value> values) {

	public Facet {
		values = List.copyOf(values);
	}

	/**
	 * Whether one of the values is chosen.
	 */
	public boolean isFiltered() {
		return this.values.stream().anyMatch(Value::selected);
	}

	/**
	 * One value of a facet.
	 *
	 * @param value the value as it appears in the URL
	 * @param count how many rows the list shows when this value is chosen
	 * @param selected whether this value is the one chosen
	 * @param label what to show for it when it is data rather than a message key (an
	 * area's name in the interface language), else {@code null}
	 */
	public record Value(String value, long count, boolean selected, @Nullable String label) {

	}

}
