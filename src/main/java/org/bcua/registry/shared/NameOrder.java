package org.bcua.registry.shared;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * Orders records by their name as shown in a language: the name in that language, with
 * the same fallback as {@link LocalizedName#in(Locale)}, in that language's alphabetical
 * order (the ICU collations of migration V6: pinyin for Chinese), then by id so that
 * pages are stable.
 */
public final class NameOrder {

	private NameOrder() {
	}

	/**
	 * A sort on the {@code nameEn}, {@code nameRu}, {@code nameBe} and {@code nameZh}
	 * attributes of the query's root.
	 * @param alias the alias of the root in the query
	 */
	public static Sort in(Locale locale, String alias) {
		String name = name(locale,
				(language) -> alias + ".name" + Character.toUpperCase(language.charAt(0)) + language.substring(1));
		return JpaSort.unsafe("collate(" + name + " as " + collation(locale) + ")").and(Sort.by("id"));
	}

	/**
	 * The same order in SQL, on the {@code name_en}, {@code name_ru}, {@code name_be} and
	 * {@code name_zh} columns of a table (without the id).
	 * @param alias the alias of the table in the query
	 */
	public static String sql(Locale locale, String alias) {
		return name(locale, (language) -> alias + ".name_" + language) + " collate " + collation(locale);
	}

	/**
	 * The name shown in the language: its own form, then the fallbacks of
	 * {@link LocalizedName#in(Locale)}.
	 */
	private static String name(Locale locale, Function<String, String> column) {
		List<String> languages = switch (locale.getLanguage()) {
			case "ru" -> List.of("ru", "en");
			case "be" -> List.of("be", "ru", "en");
			case "zh" -> List.of("zh", "en");
			default -> List.of("en");
		};
		List<String> columns = languages.stream().map(column).toList();
		return (columns.size() == 1) ? columns.get(0) : "coalesce(" + String.join(", ", columns) + ")";
	}

	private static String collation(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ru", "be", "zh" -> "registry_" + locale.getLanguage();
			default -> "registry_en";
		};
	}

}
