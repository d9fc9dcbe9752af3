package org.bcua.registry.university;

import java.util.Locale;

import org.springframework.data.domain.Sort;

import org.bcua.registry.shared.NameOrder;

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
		return NameOrder.in(locale, "u");
	}

}
