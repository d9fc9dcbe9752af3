package org.bcua.registry.database;

import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database created by an earlier version of the registry, holding records written
 * since, keeps them all when the later migrations rebuild the search index (V5) and add
 * the collations (V6): every record gets its entry back, to be indexed at the next start,
 * and its facet row; and agreements indexed before V7 get the words of their entries on
 * their facet rows.
 */
class UpgradeMigrationTests {

	private static final String COUNTS = """
			select kind, status, year, array_to_string(countries, ',') as countries, agreements
			from agreement_facet_count order by 1, 2, 3, 4""";

	private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	@Test
	void recordsWrittenBeforeTheSearchRebuildKeepTheirEntriesAndFacets() throws Exception {
		onFreshCluster((dataSource) -> {
			migrate(dataSource, "4.9");
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			jdbc.update("""
					insert into university (slug, name_en, country, created_by, updated_by)
					values ('added-before-upgrade', 'University Added Before the Upgrade', 'BY', 'test', 'test')""");
			jdbc.update("""
					insert into agreement (slug, kind, title_en, status, signed_on, signed_precision, publication,
					                       created_by, updated_by)
					values ('draft-before-upgrade', 'MEMORANDUM', 'Draft', 'SIGNED', date '2026-01-05', 'DAY', 'DRAFT',
					        'test', 'test')""");
			Map<String, Long> before = counts(jdbc);

			migrate(dataSource, "latest");
			assertThat(counts(jdbc)).isEqualTo(before);
			assertThat(jdbc.queryForList(
					"""
							select kind || ':' || visible from search_entry e
							where (kind = 'UNIVERSITY' and record_id = (select id from university where slug = 'added-before-upgrade'))
							   or (kind = 'AGREEMENT' and record_id = (select id from agreement where slug = 'draft-before-upgrade'))
							order by kind""",
					String.class))
				.containsExactly("AGREEMENT:false", "UNIVERSITY:true");
			assertThat(jdbc.queryForObject("select count(*) from search_entry where not stale", Long.class))
				.as("every entry waits for the application to index it")
				.isZero();
			assertThat(jdbc.queryForObject("select count(*) from agreement_facet", Long.class))
				.isEqualTo(before.get("agreement"));
			assertThat(jdbc.queryForObject("select sum(agreements) from agreement_facet_count", Long.class))
				.isEqualTo(jdbc.queryForObject(
						"select count(*) from agreement where publication = 'PUBLISHED' and archived_at is null",
						Long.class));
			assertThat(jdbc.queryForList(
					"select collname from pg_collation where collname like 'registry\\_%' " + "order by collname",
					String.class))
				.containsExactly("registry_be", "registry_en", "registry_ru", "registry_zh");
		});
	}

	@Test
	void agreementsIndexedBeforeTheirListHadWordsGetThemFromTheirEntries() throws Exception {
		onFreshCluster((dataSource) -> {
			migrate(dataSource, "6");
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			// what the application's indexing had written by then
			jdbc.update("""
					update search_entry e set names = lower(a.title_en), stale = false, format = 1
					from agreement a where e.kind = 'AGREEMENT' and e.record_id = a.id""");
			List<Map<String, Object>> counts = jdbc.queryForList(COUNTS);

			migrate(dataSource, "latest");
			assertThat(jdbc.queryForObject(
					"""
							select count(*) from agreement_facet f join search_entry e on e.kind = 'AGREEMENT' and e.record_id = f.agreement_id
							where f.words is distinct from strip(e.document) or f.words = ''""",
					Long.class))
				.isZero();
			assertThat(jdbc.queryForObject("""
					select count(*) from agreement_facet f join agreement a on a.id = f.agreement_id
					where a.slug = '2025-10-13-declaration-higher-education'
					  and f.words @@ to_tsquery('simple', 'declar:* & higher:*')""", Long.class)).isEqualTo(1);
			assertThat(jdbc.queryForList(COUNTS)).isEqualTo(counts);
		});
	}

	private void onFreshCluster(ClusterTest test) throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(null, 0, null, null, null);
		try (EmbeddedPostgres postgres = this.configuration.embeddedPostgres(properties,
				DataDirectoryLock.acquire(null))) {
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
					postgres.getJdbcUrl("postgres", "registry"), "postgres", "", true);
			try {
				test.run(dataSource);
			}
			finally {
				dataSource.destroy();
			}
		}
	}

	private static void migrate(SingleConnectionDataSource dataSource, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
	}

	private static Map<String, Long> counts(JdbcTemplate jdbc) {
		// the records and what the search indexes; sources and aliases are left out,
		// since
		// later data migrations (V9's names in other languages) add to them
		List<String> tables = List.of("university", "person", "agreement", "agreement_party", "meeting");
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : tables) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		counts.put("search_entry", jdbc.queryForObject("select count(*) from search_entry", Long.class));
		return counts;
	}

	@FunctionalInterface
	private interface ClusterTest {

		void run(SingleConnectionDataSource dataSource) throws Exception;

	}

}
