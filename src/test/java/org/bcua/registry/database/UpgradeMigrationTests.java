package org.bcua.registry.database;

import java.util.HashMap;
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
			Map<String, Long> after = new HashMap<>(counts(jdbc));
			Map<String, Long> expected = new HashMap<>(before);
			// V12 ships the two people of the names data who lead member universities
			// (their
			// search entries are the application's to write); nothing else is added or
			// lost
			assertThat(after.remove("person")).isEqualTo(expected.remove("person") + 2);
			assertThat(after).isEqualTo(expected);
			assertThat(jdbc.queryForList(
					"""
							select kind || ':' || visible from search_entry e
							where (kind = 'UNIVERSITY' and record_id = (select id from university where slug = 'added-before-upgrade'))
							   or (kind = 'AGREEMENT' and record_id = (select id from agreement where slug = 'draft-before-upgrade'))
							order by kind""",
					String.class))
				.containsExactly("AGREEMENT:false", "UNIVERSITY:true");
			assertThat(jdbc.queryForObject("select count(*) from search_entry where format <> 0", Long.class))
				.as("every entry waits for the application to write it")
				.isZero();
			assertThat(jdbc.queryForObject("select count(*) from agreement_facet", Long.class))
				.isEqualTo(before.get("agreement"));
			assertThat(jdbc.queryForList(
					"select collname from pg_collation where collname like 'registry\\_%' " + "order by collname",
					String.class))
				.containsExactly("registry_be", "registry_en", "registry_ru", "registry_zh");
		});
	}

	@Test
	void theTriggersGoAndOnlyEntriesChangedSinceTheLastIndexingAreWrittenAgain() throws Exception {
		onFreshCluster((dataSource) -> {
			migrate(dataSource, "9");
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			// what the application's indexing had written by then, and a change by SQL
			// since
			jdbc.update("""
					update search_entry e set names = lower(a.title_en), stale = false, format = 1
					from agreement a where e.kind = 'AGREEMENT' and e.record_id = a.id""");
			jdbc.update(
					"update agreement set title_en = 'Renamed' where slug = '2025-10-13-declaration-higher-education'");
			assertThat(jdbc.queryForObject("select count(*) from pg_trigger where not tgisinternal", Long.class))
				.isEqualTo(18);

			migrate(dataSource, "latest");
			assertThat(jdbc.queryForObject("select count(*) from pg_trigger where not tgisinternal", Long.class))
				.isZero();
			assertThat(jdbc.queryForObject("""
					select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
					where n.nspname = current_schema()
					  and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')""",
					Long.class))
				.as("functions other than those of extensions")
				.isZero();
			assertThat(jdbc.queryForList("""
					select a.slug from search_entry e join agreement a on a.id = e.record_id
					where e.kind = 'AGREEMENT' and e.format = 0""", String.class))
				.containsExactly("2025-10-13-declaration-higher-education");
			assertThat(jdbc.queryForObject("select count(*) from search_entry where kind = 'AGREEMENT' and format = 1",
					Long.class))
				.isEqualTo(jdbc.queryForObject("select count(*) from agreement", Long.class) - 1);
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
