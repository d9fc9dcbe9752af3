package org.bcua.registry.shared;

import java.util.Locale;

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
		String name = switch (locale.getLanguage()) {
			case "ru" -> "collate(coalesce(%1$s.nameRu, %1$s.nameEn) as registry_ru)";
			case "be" -> "collate(coalesce(%1$s.nameBe, %1$s.nameRu, %1$s.nameEn) as registry_be)";
			case "zh" -> "collate(coalesce(%1$s.nameZh, %1$s.nameEn) as registry_zh)";
			default -> "collate(%1$s.nameEn as registry_en)";
		};
		return JpaSort.unsafe(name.formatted(alias)).and(Sort.by("id"));
	}

}
