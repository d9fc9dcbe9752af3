package org.bcua.registry.meeting;

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
 * What search knows of a meeting: its titles, summary, city and venue; later meetings
 * first. Archived meetings are not found.
 */
@Component
class MeetingSearchSource implements SearchSource {

	private final JdbcTemplate jdbc;

	MeetingSearchSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SearchKind kind() {
		return SearchKind.MEETING;
	}

	@Override
	public Map<Long, SearchEntry> entries(Collection<Long> ids) {
		Map<Long, SearchEntry> entries = new HashMap<>();
		this.jdbc.query("""
				select id, archived_at is null as visible, title_en, title_ru, title_be, title_zh, summary, city, venue,
				       starts_on - date '1900-01-01' as rank
				from meeting where id = any(?)
				""", (row) -> {
			entries.put(row.getLong("id"),
					new SearchEntry(row.getBoolean("visible"),
							new SearchDocument.Builder()
								.names(row.getString("title_en"), row.getString("title_ru"), row.getString("title_be"),
										row.getString("title_zh"))
								.body(row.getString("summary"), row.getString("city"), row.getString("venue"))
								.rank(row.getDouble("rank"))
								.build()));
		}, (Object) ids.toArray(Long[]::new));
		return entries;
	}

	@Override
	public List<Long> ids() {
		return this.jdbc.queryForList("select id from meeting", Long.class);
	}

}
