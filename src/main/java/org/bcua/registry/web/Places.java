package org.bcua.registry.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Names of cities and provinces in the reader's language, from the sourced vocabulary of
 * table {@code place_name}. Records store places as English text; a place the vocabulary
 * does not know in the current language is shown as stored. Used in templates as
 * {@code @places}.
 * <p>
 * The vocabulary changes only by migration, so it is read once, on first use, and kept in
 * memory.
 */
@Component("places")
public class Places {

	private final JdbcTemplate jdbc;

	private volatile @Nullable Map<String, String> names;

	Places(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The place in the current language.
	 * @param place a place as records store it (English)
	 * @return its name in the current language, else the stored text; an empty string for
	 * {@code null}
	 */
	public String name(@Nullable String place) {
		if (place == null) {
			return "";
		}
		return in(place, LocaleContextHolder.getLocale());
	}

	/**
	 * A city with its province, "Dalian, Liaoning", each in the current language.
	 * @return the city alone when there is no province, an empty string when neither is
	 * known
	 */
	public String cityAndProvince(@Nullable String city, @Nullable String province) {
		if (city == null) {
			return name(province);
		}
		return (province != null) ? name(city) + ", " + name(province) : name(city);
	}

	String in(String place, Locale locale) {
		String name = vocabulary().get(key(place, locale.getLanguage()));
		return (name != null) ? name : place;
	}

	private Map<String, String> vocabulary() {
		Map<String, String> loaded = this.names;
		if (loaded == null) {
			Map<String, String> read = new HashMap<>();
			RowCallbackHandler put = (row) -> read.put(key(row.getString(1), row.getString(2)), row.getString(3));
			this.jdbc.query("select place_en, language, name from place_name", put);
			loaded = Map.copyOf(read);
			this.names = loaded;
		}
		return loaded;
	}

	private static String key(String place, String language) {
		return language + ':' + place;
	}

}
