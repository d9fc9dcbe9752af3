package org.bcua.registry.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triggers that keep {@code agreement_facet} and its counts exact whatever writes the
 * agreements, their parties and areas, or the universities' countries, and its words
 * equal to those of the agreements' search entries. The writes stay in a database of
 * their own (the property below gives these tests their own context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "registry.test.database=search-writes")
class AgreementFacetTests {

	private static final String RECOMPUTED = """
			select a.id, a.publication = 'PUBLISHED' and a.archived_at is null as visible, a.kind, a.status,
			       coalesce(a.signed_on, a.in_force_on) as dated,
			       cast(extract(year from coalesce(a.signed_on, a.in_force_on)) as integer) as year,
			       array_to_string(array(select distinct u.country from agreement_party p join university u on u.id = p.university_id
			                             where p.agreement_id = a.id order by u.country), ',') as countries,
			       array_to_string(array(select aa.area_id from agreement_area aa where aa.agreement_id = a.id
			                             order by aa.area_id), ',') as areas
			from agreement a order by a.id""";

	private static final String STORED = """
			select f.agreement_id as id, f.visible, f.kind, f.status, f.dated, f.year,
			       array_to_string(f.countries, ',') as countries, array_to_string(f.areas, ',') as areas
			from agreement_facet f order by f.agreement_id""";

	private static final String RECOUNTED = """
			select kind, status, coalesce(year, 0) as year, array_to_string(countries, ',') as countries,
			       count(*) as agreements
			from agreement_facet where visible group by 1, 2, 3, 4 order by 1, 2, 3, 4""";

	private static final String COUNTED = """
			select kind, status, year, array_to_string(countries, ',') as countries, agreements
			from agreement_facet_count order by 1, 2, 3, 4""";

	private static final String RECOUNTED_BY_AREA = """
			select x.area_id, kind, status, coalesce(year, 0) as year, array_to_string(countries, ',') as countries,
			       count(*) as agreements
			from agreement_facet cross join unnest(areas) as x(area_id) where visible
			group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""";

	private static final String COUNTED_BY_AREA = """
			select area_id, kind, status, year, array_to_string(countries, ',') as countries, agreements
			from agreement_area_count order by 1, 2, 3, 4, 5""";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SearchIndex index;

	@Test
	void everyAgreementLoadedByTheMigrationsHasItsFacetRow() {
		assertThat(this.jdbc.queryForList(STORED)).isEqualTo(this.jdbc.queryForList(RECOMPUTED));
		assertCountsMatch();
	}

	@Test
	void facetRowsFollowEveryWrite() {
		Long id = this.jdbc.queryForObject("""
				insert into agreement (slug, kind, title_en, status, publication, signed_on, signed_precision,
				                       created_by, updated_by)
				values ('test-facets-triggers', 'MEMORANDUM', 'Memorandum', 'SIGNED', 'PUBLISHED', date '2012-05-01',
				        'MONTH', 'test', 'test') returning id""", Long.class);
		assertThat(row(id)).containsEntry("kind", "MEMORANDUM")
			.containsEntry("year", 2012)
			.containsEntry("countries", "");
		this.jdbc.update("insert into agreement_party (agreement_id, university_id, sort_order) "
				+ "values (?, (select id from university where slug = 'bmstu'), 1), "
				+ "(?, (select id from university where slug = 'dut'), 2)", id, id);
		assertThat(row(id)).containsEntry("countries", "CN,RU");
		this.jdbc.update(
				"insert into agreement_area (agreement_id, area_id) select ?, id from area where slug = 'innovation'",
				id);
		assertThat(row(id).get("areas")).isEqualTo(
				String.valueOf(this.jdbc.queryForObject("select id from area where slug = 'innovation'", Long.class)));
		this.jdbc.update("update university set country = 'BY' where slug = 'bmstu'");
		assertThat(row(id)).containsEntry("countries", "BY,CN");
		this.jdbc.update("update university set country = 'RU' where slug = 'bmstu'");
		this.jdbc.update("delete from agreement_party where agreement_id = ? and university_id = "
				+ "(select id from university where slug = 'dut')", id);
		assertThat(row(id)).containsEntry("countries", "RU");
		this.jdbc.update("update agreement set publication = 'DRAFT', status = 'TERMINATED' where id = ?", id);
		assertThat(row(id)).containsEntry("visible", false).containsEntry("status", "TERMINATED");
		assertThat(this.jdbc.queryForList(STORED)).isEqualTo(this.jdbc.queryForList(RECOMPUTED));
		assertCountsMatch();
		this.jdbc.update("update agreement set publication = 'PUBLISHED' where id = ?", id);
		assertCountsMatch();
		this.jdbc.update("delete from agreement where id = ?", id);
		assertThat(this.jdbc.queryForList("select 1 from agreement_facet where agreement_id = ?", id)).isEmpty();
		assertCountsMatch();
	}

	@Test
	void theWordsOfEachAgreementAreThoseOfItsSearchEntry() {
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from agreement_facet f join search_entry e on e.kind = 'AGREEMENT' and e.record_id = f.agreement_id
						where f.words is distinct from strip(e.document)""",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from agreement_facet f join search_entry e on e.kind = 'AGREEMENT' and e.record_id = f.agreement_id
						where not e.stale and f.words = ''""",
				Long.class))
			.as("indexed agreements without words")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_facet where words <> ''", Long.class))
			.isGreaterThan(10);
	}

	@Test
	void theWordsFollowTheIndexingAndLeaveTheCountsAlone() {
		Long id = this.jdbc.queryForObject("""
				insert into agreement (slug, kind, title_en, status, publication, signed_on, signed_precision,
				                       created_by, updated_by)
				values ('test-facets-words', 'MEMORANDUM', 'Memorandum on glaciology', 'SIGNED', 'PUBLISHED',
				        date '2014-03-01', 'MONTH', 'test', 'test') returning id""", Long.class);
		assertThat(words(id)).isEmpty();
		this.index.reindex(SearchKind.AGREEMENT, id);
		assertThat(words(id)).contains("'glaciology'").doesNotContain(":");
		List<Map<String, Object>> counts = this.jdbc.queryForList(COUNTED);
		this.jdbc.update("update agreement set title_en = 'Memorandum on volcanology' where id = ?", id);
		this.index.reindex(SearchKind.AGREEMENT, id);
		assertThat(words(id)).contains("'volcanology'").doesNotContain("glaciology");
		assertThat(this.jdbc.queryForList(COUNTED)).isEqualTo(counts);
		assertCountsMatch();
		this.jdbc.update("delete from agreement where id = ?", id);
	}

	private String words(Long id) {
		return this.jdbc.queryForObject("select cast(words as text) from agreement_facet where agreement_id = ?",
				String.class, id);
	}

	private void assertCountsMatch() {
		assertThat(this.jdbc.queryForList(COUNTED)).isEqualTo(this.jdbc.queryForList(RECOUNTED));
		assertThat(this.jdbc.queryForList(COUNTED_BY_AREA)).isEqualTo(this.jdbc.queryForList(RECOUNTED_BY_AREA));
	}

	private Map<String, Object> row(Long id) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList(STORED.replace("order by", "where f.agreement_id = ? order by"), id);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
