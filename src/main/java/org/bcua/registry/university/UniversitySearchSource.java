package org.bcua.registry.university;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.bcua.registry.search.SearchDocument;
import org.bcua.registry.search.SearchEntry;
import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchSource;

/**
 * What search knows of a university: its names in every language and its aliases, each
 * also as its initials ("dut"), its city, region and website; members before
 * participants, and shorter names first. Archived universities are not found.
 */
@Component
class UniversitySearchSource implements SearchSource {

	private final JdbcTemplate jdbc;

	UniversitySearchSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SearchKind kind() {
		return SearchKind.UNIVERSITY;
	}

	@Override
	public Map<Long, SearchEntry> entries(Collection<Long> ids) {
		Map<Long, SearchEntry> entries = new HashMap<>();
		this.jdbc.query("""
				select u.id, u.archived_at is null as visible, u.name_en, u.name_ru, u.name_be, u.name_zh, u.city,
				       u.region, u.website,
				       array(select a.name from university_alias a where a.university_id = u.id
				             order by a.sort_order, a.id) as aliases,
				       case u.membership_role when 'CO_LEAD' then 3 when 'MEMBER' then 2 when 'PARTICIPANT' then 1
				            else 0 end - length(u.name_en) / 1000.0 as rank
				from university u where u.id = any(?)
				""", (row) -> {
			entries.put(row.getLong("id"),
					new SearchEntry(row.getBoolean("visible"),
							new SearchDocument.Builder()
								.namesWithInitials(row.getString("name_en"), row.getString("name_ru"),
										row.getString("name_be"), row.getString("name_zh"))
								.namesWithInitials(strings(row.getArray("aliases")))
								.body(row.getString("city"), row.getString("region"), row.getString("website"))
								.rank(row.getDouble("rank"))
								.build()));
		}, (Object) ids.toArray(Long[]::new));
		return entries;
	}

	@Override
	public List<Long> ids() {
		return this.jdbc.queryForList("select id from university", Long.class);
	}

	private static @Nullable String[] strings(@Nullable Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

}
