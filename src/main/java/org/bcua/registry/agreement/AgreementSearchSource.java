package org.bcua.registry.agreement;

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
 * What search knows of an agreement: its titles, summary and place; later agreements
 * first. Only published, unarchived agreements are found.
 */
@Component
class AgreementSearchSource implements SearchSource {

	private final JdbcTemplate jdbc;

	AgreementSearchSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SearchKind kind() {
		return SearchKind.AGREEMENT;
	}

	@Override
	public Map<Long, SearchEntry> entries(Collection<Long> ids) {
		Map<Long, SearchEntry> entries = new HashMap<>();
		this.jdbc.query("""
				select id, publication = 'PUBLISHED' and archived_at is null as visible,
				       title_en, title_ru, title_be, title_zh, summary, place,
				       coalesce(coalesce(signed_on, in_force_on) - date '1900-01-01', 0) as rank
				from agreement where id = any(?)
				""", (row) -> {
			entries.put(row.getLong("id"),
					new SearchEntry(row.getBoolean("visible"),
							new SearchDocument.Builder()
								.names(row.getString("title_en"), row.getString("title_ru"), row.getString("title_be"),
										row.getString("title_zh"))
								.body(row.getString("summary"), row.getString("place"))
								.rank(row.getDouble("rank"))
								.build()));
		}, (Object) ids.toArray(Long[]::new));
		return entries;
	}

	@Override
	public List<Long> ids() {
		return this.jdbc.queryForList("select id from agreement", Long.class);
	}

}
