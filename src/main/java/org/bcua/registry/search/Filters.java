package org.bcua.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;

/**
 * The conditions of a faceted list, each named after its facet, so that a facet's counts
 * can leave out its own condition. Only conditions whose value is given take part; values
 * are always bound as parameters, never written into the SQL.
 */
public final class Filters {

	private final List<String> always = new ArrayList<>();

	private final Map<String, String> conditions = new LinkedHashMap<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/**
	 * A condition that always applies.
	 */
	public Filters always(String condition) {
		this.always.add(condition);
		return this;
	}

	/**
	 * A condition that applies when the value is given; it names the value {@code :name}.
	 */
	public Filters when(String name, @Nullable Object value, String condition) {
		if (value != null) {
			this.conditions.put(name, condition);
			this.parameters.put(name, value);
		}
		return this;
	}

	/**
	 * Every condition, joined with {@code and}.
	 */
	public String all() {
		return join(true, (key) -> true);
	}

	/**
	 * Every condition except the named one.
	 */
	public String except(String name) {
		return join(true, (key) -> !key.equals(name));
	}

	/**
	 * Every condition except the named ones, joined with {@code and}.
	 */
	public String allBut(List<String> names) {
		return join(true, (key) -> !names.contains(key));
	}

	/**
	 * The named conditions except one, joined with {@code and}; {@code true} when none
	 * applies.
	 */
	public String onlyExcept(List<String> names, String name) {
		return join(false, (key) -> names.contains(key) && !key.equals(name));
	}

	private String join(boolean withAlways, Predicate<String> named) {
		List<String> parts = new ArrayList<>(withAlways ? this.always : List.of());
		this.conditions.forEach((key, condition) -> {
			if (named.test(key)) {
				parts.add(condition);
			}
		});
		return parts.isEmpty() ? "true" : String.join(" and ", parts);
	}

	/**
	 * Binds the values of the conditions.
	 */
	public Query bind(Query query) {
		this.parameters.forEach(query::setParameter);
		return query;
	}

}
