package org.bcua.registry.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.bcua.registry.agreement.Agreement;
import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.person.Person;
import org.bcua.registry.search.SearchText;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityAlias;

/**
 * What the type-ahead pickers of the admin forms match typed text against, so that they
 * find a record as the search does: every name of the record in every language, its
 * aliases and abbreviations, the abbreviations its names make ("БГУИР", "DUT"), each in
 * its own script folded as the search folds it and transliterated to Latin ("dalian
 * ligong daxue", "dalianligongdaxue"). Computed from records already loaded (the
 * universities with their aliases), so a picker costs no query per option. Used in
 * templates as {@code @pickerKeys}, on each option's {@code data-names}; the picker
 * ({@code static/js/picker.js}) keeps the options that contain every word typed, folded
 * by the same rules ({@link #matches}).
 */
@Component("pickerKeys")
public class PickerKeys {

	private static final String SEPARATOR = " | ";

	/**
	 * A university's names, aliases and their abbreviations.
	 */
	public String university(University university) {
		List<String> names = new ArrayList<>(forms(university.getNames()));
		university.getAliases().stream().map(UniversityAlias::getName).forEach(names::add);
		return keys(names, true);
	}

	/**
	 * A person's names.
	 */
	public String person(Person person) {
		return keys(forms(person.getNames()), false);
	}

	/**
	 * A meeting's titles, its city and the day it started ({@code 2025-10-13}).
	 */
	public String meeting(Meeting meeting) {
		List<String> names = new ArrayList<>(forms(meeting.getTitles()));
		if (meeting.getCity() != null) {
			names.add(meeting.getCity());
		}
		names.add(meeting.getStartsOn().toString());
		return keys(names, false);
	}

	/**
	 * An agreement's titles.
	 */
	public String agreement(Agreement agreement) {
		return keys(forms(agreement.getTitles()), false);
	}

	/**
	 * Whether a picker keeps an option for what was typed: every word of it, folded as
	 * {@link SearchText#normalize} folds, is part of the option's keys. The same rule as
	 * {@code picker.js}.
	 * @param keys what {@link #university} and the others give
	 */
	public static boolean matches(String keys, String typed) {
		return SearchText.tokens(SearchText.normalize(typed)).stream().allMatch(keys::contains);
	}

	private static String keys(List<String> names, boolean abbreviations) {
		Set<String> keys = new LinkedHashSet<>();
		for (String name : names) {
			if (name.isBlank()) {
				continue;
			}
			String normalized = SearchText.normalize(name);
			keys.add(normalized);
			SearchText.Latin latin = SearchText.latin(normalized);
			keys.add(latin.spaced());
			keys.add(latin.joined());
			String initials = abbreviations ? SearchText.initials(name) : null;
			if (initials != null) {
				keys.add(initials);
				keys.add(SearchText.latin(initials).joined());
			}
		}
		keys.remove("");
		return String.join(SEPARATOR, keys);
	}

	private static List<String> forms(LocalizedName names) {
		return Stream.of("en", "ru", "be", "zh").map(names::exactly).filter(Objects::nonNull).toList();
	}

}
