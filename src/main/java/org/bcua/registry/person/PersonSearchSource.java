package org.bcua.registry.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.bcua.registry.search.SearchDocument;
import org.bcua.registry.search.SearchEntry;
import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchSource;

/**
 * What search knows of a person: the name in every language. People recorded with a draft
 * agreement (not yet published) and archived people are not found.
 */
@Component
class PersonSearchSource implements SearchSource {

	private final JdbcTemplate jdbc;

	PersonSearchSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SearchKind kind() {
		return SearchKind.PERSON;
	}

	@Override
	public Map<Long, SearchEntry> entries(Collection<Long> ids) {
		Map<Long, SearchEntry> entries = new HashMap<>();
		this.jdbc.query("""
				select id, published and archived_at is null as visible, name_en, name_ru, name_be, name_zh,
				       - length(name_en) / 1000.0 as rank
				from person where id = any(?)
				""", (row) -> {
			entries.put(row.getLong("id"),
					new SearchEntry(row.getBoolean("visible"),
							new SearchDocument.Builder()
								.names(row.getString("name_en"), row.getString("name_ru"), row.getString("name_be"),
										row.getString("name_zh"))
								.rank(row.getDouble("rank"))
								.build()));
		}, (Object) ids.toArray(Long[]::new));
		return entries;
	}

	@Override
	public List<Long> ids() {
		return this.jdbc.queryForList("select id from person", Long.class);
	}

}
