package org.bcua.registry.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import org.bcua.registry.shared.ShownText;

/**
 * Names of cities and provinces in the reader's language, from the sourced vocabulary of
 * table {@code place_name}. Records store places as English text; a place the vocabulary
 * does not know in the current language is shown as stored, marked as English. Used in
 * templates through the fragment {@code fragments/common :: place}.
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
	 * The place in the current language, with the language of the stored text (English)
	 * when the vocabulary does not know it in the current language.
	 * @param place a place as records store it (English)
	 * @return {@code null} for {@code null}
	 */
	public @Nullable ShownText shown(@Nullable String place) {
		if (place == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String name = vocabulary().get(key(place, locale.getLanguage()));
		return (name != null) ? new ShownText(name, null) : ShownText.english(place, locale);
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
