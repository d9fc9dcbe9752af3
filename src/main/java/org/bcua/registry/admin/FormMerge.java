package org.bcua.registry.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * The three-way merge of an edit form saved over a record that someone else changed after
 * the form was opened. It compares, property by property, the form as it was opened (the
 * base), the form of the record as it is now (theirs) and the form as posted (mine): a
 * property only they changed takes their value, one only the editor changed keeps the
 * editor's, one both changed to different values is a {@link Conflict} the editor settles
 * by choosing. Repeated rows (parties, sources, other names, positions) are matched by a
 * key and merged row by row: a row added by one side is kept, a row removed by one side
 * is removed when the other left it unchanged, and a row removed by one side and changed
 * by the other is a conflict of the whole row.
 * <p>
 * A merge is declared once per kind of form: which properties take part, with the message
 * key that names each and how a value is shown to the editor. Properties are read and
 * written through Spring's bean wrapper, so the form classes need nothing for it.
 *
 * @param <F> the form class
 */
public final class FormMerge<F> {

	/** The property every edit form carries: the version its values are based on. */
	static final String VERSION = "version";

	private final Supplier<F> blank;

	private final List<Property> properties = new ArrayList<>();

	private final Map<String, Rows<?>> rows = new LinkedHashMap<>();

	/** The message key of the list, when this is the merge of its rows. */
	private String rowLabel = "";

	private FormMerge(Supplier<F> blank) {
		this.blank = blank;
	}

	/**
	 * A merge of the forms {@code blank} makes; a form made by it is the base of rows
	 * both sides added.
	 */
	public static <F> FormMerge<F> of(Supplier<F> blank) {
		return new FormMerge<>(blank);
	}

	/**
	 * A property merged as one value, shown as text (yes or no for a check box).
	 * @param label the message key naming it
	 */
	public FormMerge<F> field(String name, String label) {
		return field(name, label, FormMerge::plain);
	}

	/**
	 * A property merged as one value, shown by the given function (never given
	 * {@code null}).
	 */
	public FormMerge<F> field(String name, String label, Function<Object, Value> shown) {
		this.properties.add(new Property(name, label, shown, false));
		return this;
	}

	/**
	 * A property whose value is a set of choices (check boxes), merged choice by choice:
	 * a choice added by one side is added, one removed by one side is removed. Never a
	 * conflict.
	 */
	public FormMerge<F> choices(String name) {
		this.properties.add(new Property(name, name, FormMerge::plain, true));
		return this;
	}

	/**
	 * A list of rows merged row by row.
	 * @param label the message key naming the list
	 * @param row the merge of one row
	 * @param key what identifies a row; {@code null} for a row that is new or blank (kept
	 * as typed)
	 * @param shown how a row is named to the editor
	 */
	public <R> FormMerge<F> rows(String name, String label, FormMerge<R> row, Function<R, @Nullable Object> key,
			Function<R, String> shown) {
		this.rows.put(name, new Rows<>(name, label, row, key, shown));
		return this;
	}

	/**
	 * Shows an enum constant by its message, {@code prefix + name}.
	 */
	public static Function<Object, Value> message(String prefix) {
		return (value) -> Value.code(prefix + ((value instanceof Enum<?> constant) ? constant.name() : value));
	}

	/**
	 * Shows a value by a name found for it (a record named by its id), or as text.
	 */
	public static Function<Object, Value> named(Function<Object, @Nullable String> name) {
		return (value) -> {
			String text = name.apply(value);
			return (text != null) ? Value.text(text) : plain(value);
		};
	}

	/**
	 * Merges into {@code mine} what changed from {@code base} to {@code theirs}.
	 * @param base the form as the editor opened it; {@code null} when it is not known,
	 * and then every difference is a conflict
	 * @param forced the paths of conflicts the editor has not settled yet: they stay
	 * conflicts as long as the values differ
	 * @return the conflicts, in the order of the form; mine keeps the editor's value in
	 * each
	 */
	public List<Conflict> merge(@Nullable F base, F theirs, F mine, Set<String> forced) {
		List<Conflict> conflicts = new ArrayList<>();
		mergeProperties(base, theirs, mine, "", null, forced, conflicts);
		for (Rows<?> list : this.rows.values()) {
			list.merge(base, theirs, mine, forced, conflicts);
		}
		return conflicts;
	}

	/**
	 * Applies the editor's choices to {@code mine}: where they took their value, the
	 * value of {@code shown} (the record as the page showed it) replaces the editor's.
	 * @return the paths of the conflicts without a choice
	 */
	public Set<String> settle(F mine, F shown, Map<String, @Nullable Side> choices) {
		Set<String> open = new LinkedHashSet<>();
		for (Map.Entry<String, @Nullable Side> choice : choices.entrySet()) {
			Path path = Path.parse(choice.getKey());
			if (!knows(path)) {
				continue;
			}
			if (choice.getValue() == null) {
				open.add(choice.getKey());
			}
			else if (choice.getValue() == Side.THEIRS) {
				takeTheirs(path, mine, shown);
			}
		}
		return open;
	}

	/**
	 * A conflict not settled yet, shown again with the editor's value and theirs.
	 * @param missing whether the editor saved without choosing
	 */
	public @Nullable Conflict describe(String path, F mine, F theirs, boolean missing) {
		Path parsed = Path.parse(path);
		if (!knows(parsed)) {
			return null;
		}
		if (parsed.list() == null) {
			Property property = property(parsed.field());
			return new Conflict(path, property.label(), null, null, property.show(read(mine, property.name())),
					property.show(read(theirs, property.name())), missing);
		}
		return this.rows.get(parsed.list()).describe(parsed, mine, theirs, missing);
	}

	/**
	 * The version a form's values are based on.
	 */
	static long version(Object form) {
		Object version = read(form, VERSION);
		return (version instanceof Number number) ? number.longValue() : 0;
	}

	static void setVersion(Object form, long version) {
		PropertyAccessorFactory.forBeanPropertyAccess(form).setPropertyValue(VERSION, version);
	}

	private boolean knows(Path path) {
		if (path.list() == null) {
			return path.field() != null && findProperty(path.field()) != null;
		}
		Rows<?> list = this.rows.get(path.list());
		return list != null && (path.field() == null || list.row.findProperty(path.field()) != null);
	}

	private void takeTheirs(Path path, F mine, F shown) {
		if (path.list() == null) {
			write(mine, path.field(), copy(read(shown, path.field())));
		}
		else {
			this.rows.get(path.list()).takeTheirs(path, mine, shown);
		}
	}

	private void mergeProperties(@Nullable Object base, Object theirs, Object mine, String prefix, @Nullable String row,
			Set<String> forced, List<Conflict> conflicts) {
		for (Property property : this.properties) {
			String name = property.name();
			Object baseValue = (base != null) ? read(base, name) : null;
			Object theirValue = read(theirs, name);
			Object myValue = read(mine, name);
			if (property.choices()) {
				write(mine, name, mergeChoices(base != null, baseValue, theirValue, myValue));
				continue;
			}
			if (same(myValue, theirValue)) {
				continue;
			}
			String path = prefix + name;
			if (base == null || forced.contains(path) || (!same(baseValue, myValue) && !same(baseValue, theirValue))) {
				conflicts.add(new Conflict(path, (row != null) ? this.rowLabel : property.label(), row,
						(row != null) ? property.label() : null, property.show(myValue), property.show(theirValue),
						false));
			}
			else if (same(baseValue, myValue)) {
				write(mine, name, copy(theirValue));
			}
		}
	}

	private static List<Object> mergeChoices(boolean known, @Nullable Object base, @Nullable Object theirs,
			@Nullable Object mine) {
		Set<Object> baseSet = asSet(base);
		Set<Object> theirSet = asSet(theirs);
		Set<Object> mySet = asSet(mine);
		Set<Object> merged = new LinkedHashSet<>();
		for (Object choice : mySet) {
			if (!known || !baseSet.contains(choice) || theirSet.contains(choice)) {
				merged.add(choice);
			}
		}
		for (Object choice : theirSet) {
			if (!known || !baseSet.contains(choice) || mySet.contains(choice)) {
				merged.add(choice);
			}
		}
		return new ArrayList<>(merged);
	}

	private static Set<Object> asSet(@Nullable Object value) {
		return (value instanceof Collection<?> collection) ? new LinkedHashSet<>(collection) : new LinkedHashSet<>();
	}

	private boolean sameRow(Object one, Object other) {
		for (Property property : this.properties) {
			Object a = read(one, property.name());
			Object b = read(other, property.name());
			if (property.choices() ? !asSet(a).equals(asSet(b)) : !same(a, b)) {
				return false;
			}
		}
		return true;
	}

	private Property property(@Nullable String name) {
		return Objects.requireNonNull(findProperty(name));
	}

	private @Nullable Property findProperty(@Nullable String name) {
		for (Property property : this.properties) {
			if (property.name().equals(name) && !property.choices()) {
				return property;
			}
		}
		return null;
	}

	/**
	 * Whether two values are the same for the merge: no text and empty text are.
	 */
	static boolean same(@Nullable Object one, @Nullable Object other) {
		return Objects.equals(normal(one), normal(other));
	}

	private static @Nullable Object normal(@Nullable Object value) {
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		if (value instanceof Collection<?> collection) {
			return collection.isEmpty() ? null : new LinkedHashSet<>(collection);
		}
		return value;
	}

	private static @Nullable Object copy(@Nullable Object value) {
		return (value instanceof Collection<?> collection) ? new ArrayList<>(collection) : value;
	}

	private static @Nullable Object read(Object form, @Nullable String property) {
		return PropertyAccessorFactory.forBeanPropertyAccess(form).getPropertyValue(Objects.requireNonNull(property));
	}

	private static void write(Object form, @Nullable String property, @Nullable Object value) {
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
		wrapper.setPropertyValue(Objects.requireNonNull(property), value);
	}

	private static Value plain(@Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> collection && collection.isEmpty())) {
			return Value.EMPTY;
		}
		if (value instanceof Boolean flag) {
			return Value.code(flag ? "merge.value.yes" : "merge.value.no");
		}
		return Value.text(value.toString());
	}

	/**
	 * Whose value the editor chose for a conflict.
	 */
	public enum Side {

		/** The editor's own value, as in the form. */
		MINE,

		/** The value of the record as the page showed it. */
		THEIRS

	}

	/**
	 * How a value is shown in a conflict: a text, or a message key (an enum's name,
	 * "yes", "nothing").
	 *
	 * @param text the text, when there is no message key
	 * @param code the message key
	 */
	public record Value(@Nullable String text, @Nullable String code) {

		/** No value. */
		public static final Value EMPTY = code("merge.value.empty");

		public static Value text(String text) {
			return new Value(text, null);
		}

		public static Value code(String code) {
			return new Value(null, code);
		}

	}

	/**
	 * A property (or a whole row) both sides changed differently, for the editor to
	 * settle.
	 *
	 * @param path what it is, posted back with the choice ({@code summary},
	 * {@code parties|12|roleNote}, {@code sources|https://...|} for a whole row)
	 * @param label the message key naming the property, or the list of a row
	 * @param row how the row is named, {@code null} for a property of the form itself
	 * @param field the message key naming the property of a row, {@code null} for a whole
	 * row or a property of the form itself
	 * @param mine the editor's value
	 * @param theirs their value
	 * @param missing whether the editor saved without choosing
	 */
	public record Conflict(String path, String label, @Nullable String row, @Nullable String field, Value mine,
			Value theirs, boolean missing) {

		Conflict missed() {
			return new Conflict(this.path, this.label, this.row, this.field, this.mine, this.theirs, true);
		}

	}

	private record Property(String name, String label, Function<Object, Value> shown, boolean choices) {

		Value show(@Nullable Object value) {
			if (value == null || (value instanceof String text && text.isBlank())) {
				return Value.EMPTY;
			}
			return this.shown.apply(value);
		}

	}

	/**
	 * A conflict's path: the list and the key of its row (none for a property of the form
	 * itself) and the property (none for a whole row).
	 */
	private record Path(@Nullable String list, @Nullable String key, @Nullable String field) {

		static Path parse(String path) {
			int first = path.indexOf('|');
			int last = path.lastIndexOf('|');
			if (first < 0) {
				return new Path(null, null, path);
			}
			if (first == last) {
				return new Path(null, null, null);
			}
			String field = path.substring(last + 1);
			return new Path(path.substring(0, first), path.substring(first + 1, last), field.isEmpty() ? null : field);
		}

	}

	private final class Rows<R> {

		private final String name;

		private final String label;

		private final FormMerge<R> row;

		private final Function<R, @Nullable Object> key;

		private final Function<R, String> shown;

		Rows(String name, String label, FormMerge<R> row, Function<R, @Nullable Object> key,
				Function<R, String> shown) {
			this.name = name;
			this.label = label;
			this.row = row;
			this.row.rowLabel = label;
			this.key = key;
			this.shown = shown;
		}

		void merge(@Nullable Object baseForm, Object theirForm, Object myForm, Set<String> forced,
				List<Conflict> conflicts) {
			Map<String, R> base = (baseForm != null) ? index(baseForm) : null;
			Map<String, R> theirs = index(theirForm);
			List<R> merged = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (R mine : rowsOf(myForm)) {
				Object key = this.key.apply(mine);
				if (key == null) {
					merged.add(mine);
					continue;
				}
				String text = key.toString();
				seen.add(text);
				String path = this.name + "|" + text + "|";
				R baseRow = (base != null) ? base.get(text) : null;
				R theirRow = theirs.get(text);
				if (theirRow == null) {
					boolean added = base != null && baseRow == null;
					boolean untouched = baseRow != null && this.row.sameRow(mine, baseRow) && !forced.contains(path);
					if (!untouched) {
						merged.add(mine);
					}
					if (!added && !untouched) {
						conflicts
							.add(conflict(path, mine, Value.code("merge.row.yours"), Value.code("merge.row.removed")));
					}
					continue;
				}
				R rowBase = (base == null) ? null : (baseRow != null) ? baseRow : this.row.blank.get();
				this.row.mergeProperties(rowBase, theirRow, mine, path, this.shown.apply(mine), forced, conflicts);
				merged.add(mine);
			}
			for (Map.Entry<String, R> entry : theirs.entrySet()) {
				if (seen.contains(entry.getKey())) {
					continue;
				}
				String path = this.name + "|" + entry.getKey() + "|";
				R baseRow = (base != null) ? base.get(entry.getKey()) : null;
				if (base != null && baseRow == null) {
					insert(merged, entry.getValue());
				}
				else if (baseRow == null || !this.row.sameRow(entry.getValue(), baseRow) || forced.contains(path)) {
					conflicts.add(conflict(path, entry.getValue(), Value.code("merge.row.removed"),
							Value.code("merge.row.theirs")));
				}
			}
			write(myForm, this.name, merged);
		}

		Conflict describe(Path path, Object myForm, Object theirForm, boolean missing) {
			R mine = index(myForm).get(path.key());
			R theirs = index(theirForm).get(path.key());
			R named = (mine != null) ? mine : theirs;
			String row = (named != null) ? this.shown.apply(named) : Objects.requireNonNull(path.key());
			if (path.field() == null) {
				return new Conflict(pathOf(path), this.label, row, null,
						Value.code((mine != null) ? "merge.row.yours" : "merge.row.removed"),
						Value.code((theirs != null) ? "merge.row.theirs" : "merge.row.removed"), missing);
			}
			Property property = this.row.property(path.field());
			return new Conflict(pathOf(path), this.label, row, property.label(),
					property.show((mine != null) ? read(mine, property.name()) : null),
					property.show((theirs != null) ? read(theirs, property.name()) : null), missing);
		}

		void takeTheirs(Path path, Object myForm, Object shownForm) {
			List<R> mine = new ArrayList<>(rowsOf(myForm));
			R theirs = index(shownForm).get(path.key());
			int at = indexOf(mine, path.key());
			if (path.field() != null) {
				if (at >= 0 && theirs != null) {
					write(mine.get(at), path.field(), copy(read(theirs, path.field())));
				}
				return;
			}
			if (at >= 0) {
				mine.remove(at);
				if (theirs != null) {
					mine.add(at, theirs);
				}
			}
			else if (theirs != null) {
				insert(mine, theirs);
			}
			write(myForm, this.name, mine);
		}

		private Conflict conflict(String path, R row, Value mine, Value theirs) {
			return new Conflict(path, this.label, this.shown.apply(row), null, mine, theirs, false);
		}

		private String pathOf(Path path) {
			return this.name + "|" + path.key() + "|" + ((path.field() != null) ? path.field() : "");
		}

		/**
		 * Adds a row after the last row with a key, before the blank rows a form ends
		 * with.
		 */
		private void insert(List<R> rows, R row) {
			int at = rows.size();
			while (at > 0 && this.key.apply(rows.get(at - 1)) == null) {
				at--;
			}
			rows.add(at, row);
		}

		private int indexOf(List<R> rows, @Nullable String key) {
			for (int i = 0; i < rows.size(); i++) {
				Object rowKey = this.key.apply(rows.get(i));
				if (rowKey != null && rowKey.toString().equals(key)) {
					return i;
				}
			}
			return -1;
		}

		private Map<String, R> index(Object form) {
			Map<String, R> index = new LinkedHashMap<>();
			for (R row : rowsOf(form)) {
				Object key = this.key.apply(row);
				if (key != null) {
					index.putIfAbsent(key.toString(), row);
				}
			}
			return index;
		}

		@SuppressWarnings("unchecked")
		private List<R> rowsOf(Object form) {
			Object rows = read(form, this.name);
			return (rows != null) ? (List<R>) rows : List.of();
		}

	}

}
