package org.bcua.registry.university;

import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * The orders in which the universities list can be read.
 */
public enum UniversitySort {

	NAME, CITY, FOUNDED;

	Sort toSort(Locale locale) {
		return switch (this) {
			case NAME -> nameIn(locale);
			case CITY -> Sort.by(Sort.Order.asc("city").nullsLast()).and(nameIn(locale));
			case FOUNDED -> Sort.by(Sort.Order.asc("foundedYear").nullsLast()).and(nameIn(locale));
		};
	}

	private static Sort nameIn(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ru" -> JpaSort.unsafe("coalesce(u.nameRu, u.nameEn)").and(Sort.by("id"));
			case "be" -> JpaSort.unsafe("coalesce(u.nameBe, u.nameRu, u.nameEn)").and(Sort.by("id"));
			case "zh" -> JpaSort.unsafe("coalesce(u.nameZh, u.nameEn)").and(Sort.by("id"));
			default -> Sort.by("nameEn", "id");
		};
	}

}
