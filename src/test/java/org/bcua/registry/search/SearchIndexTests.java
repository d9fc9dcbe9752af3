package org.bcua.registry.search;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.bcua.registry.site.SearchResults;
import org.bcua.registry.site.SearchService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing the index: {@link SearchIndex} writes a record's entry from its feature's
 * {@link SearchSource}, with its visibility, in the transaction that asks. The records
 * are written by SQL here, which no save announces, so that each step can be seen (saves
 * through the application are in {@code SearchAfterSaveTests}). The writes stay in a
 * database of their own (the property below gives these tests their own context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "registry.test.database=search-writes")
class SearchIndexTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SearchIndex index;

	@Autowired
	private SearchService search;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void everyRecordLoadedByTheMigrationsIsIndexedAtStart() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (select 'UNIVERSITY' as kind, id from university where created_by <> 'test'
				                      union all select 'PERSON', id from person where created_by <> 'test'
				                      union all select 'AGREEMENT', id from agreement where created_by <> 'test'
				                      union all select 'MEETING', id from meeting where created_by <> 'test') r
				where not exists (select from search_entry e where e.kind = r.kind and e.record_id = r.id
				                  and e.format = ? and e.names <> '')""", Integer.class, SearchIndex.FORMAT))
			.as("records without a current entry")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from university", Integer.class)).isGreaterThan(10);
	}

	@Test
	void noDatabaseTriggerOrFunctionMaintainsDerivedData() {
		assertThat(this.jdbc.queryForList("""
				select tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				join pg_namespace n on n.oid = c.relnamespace
				where not t.tgisinternal and n.nspname = current_schema()""", String.class)).isEmpty();
		assertThat(this.jdbc.queryForList("""
				select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				where n.nspname = current_schema()
				  and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')""", String.class))
			.as("functions other than those of extensions")
			.isEmpty();
	}

	@Test
	void aRecordWrittenBySqlIsFoundOnceItsEntryIsWritten() {
		long id = insertUniversity("test-hydrology", "Institute of Applied Hydrology", "Институт прикладной гидрологии",
				"应用水文学院");
		assertThat(universities("Hydrology")).doesNotContain("test-hydrology");
		update(SearchKind.UNIVERSITY, id);
		assertThat(universities("Hydrology")).containsExactly("test-hydrology");
		assertThat(universities("гидрологии")).containsExactly("test-hydrology");
		assertThat(universities("水文")).containsExactly("test-hydrology");
		assertThat(universities("shuiwen")).containsExactly("test-hydrology");
		assertThat(universities("ИПГ")).containsExactly("test-hydrology");
	}

	@Test
	void anUpdatedEntryReplacesTheOldText() {
		long id = insertUniversity("test-geodesy", "Institute of Geodesy", null, null);
		update(SearchKind.UNIVERSITY, id);
		this.jdbc.update(
				"update university set name_en = 'Institute of Cartography', version = version + 1 where id = ?", id);
		update(SearchKind.UNIVERSITY, id);
		assertThat(universities("Cartography")).containsExactly("test-geodesy");
		assertThat(universities("Geodesy")).doesNotContain("test-geodesy");
	}

	@Test
	void anAliasIsPartOfItsUniversity() {
		long id = insertUniversity("test-oceanography", "Institute of Oceanography", null, null);
		this.jdbc
			.update("insert into university_alias (university_id, name, language, kind) values (?, 'OCEANIX', 'en', "
					+ "'ABBREVIATION')", id);
		update(SearchKind.UNIVERSITY, id);
		assertThat(universities("oceanix")).containsExactly("test-oceanography");
	}

	@Test
	void anArchivedRecordIsKeptInTheIndexButNotFound() {
		long id = insertUniversity("test-volcanology", "Institute of Volcanology", null, null);
		update(SearchKind.UNIVERSITY, id);
		assertThat(universities("Volcanology")).containsExactly("test-volcanology");
		this.jdbc.update("update university set archived_at = now() where id = ?", id);
		update(SearchKind.UNIVERSITY, id);
		assertThat(universities("Volcanology")).isEmpty();
		assertThat(entry(id, "visible")).isEqualTo(false);
		this.jdbc.update("update university set archived_at = null where id = ?", id);
		update(SearchKind.UNIVERSITY, id);
		assertThat(universities("Volcanology")).containsExactly("test-volcanology");
	}

	@Test
	void aDraftAgreementIsNeverFoundUntilPublished() {
		Long id = this.jdbc.queryForObject(
				"""
						insert into agreement (slug, kind, title_en, status, publication, created_by, updated_by)
						values ('test-draft-seismology', 'MEMORANDUM', 'Memorandum on seismology', 'SIGNED', 'DRAFT', 'test', 'test')
						returning id""",
				Long.class);
		update(SearchKind.AGREEMENT, id);
		assertThat(entry(id, "names", "AGREEMENT")).isEqualTo("memorandum on seismology");
		assertThat(slugs("seismology", SearchKind.AGREEMENT)).isEmpty();
		this.jdbc.update("update agreement set publication = 'PUBLISHED' where id = ?", id);
		update(SearchKind.AGREEMENT, id);
		assertThat(slugs("seismology", SearchKind.AGREEMENT)).containsExactly("test-draft-seismology");
	}

	@Test
	void aPersonRecordedWithADraftIsNeverFoundUntilPublished() {
		long id = this.jdbc.queryForObject(
				"insert into person (slug, name_en, published, created_by, updated_by) "
						+ "values ('test-draft-signatory', 'Zebulon Quillfeather', false, 'test', 'test') returning id",
				Long.class);
		update(SearchKind.PERSON, id);
		assertThat(slugs("Quillfeather", SearchKind.PERSON)).isEmpty();
		this.jdbc.update("update person set published = true, version = version + 1 where id = ?", id);
		update(SearchKind.PERSON, id);
		assertThat(slugs("Quillfeather", SearchKind.PERSON)).containsExactly("test-draft-signatory");
	}

	@Test
	void anEntryWrittenInATransactionThatRollsBackIsNotKept() {
		long id = insertUniversity("test-glaciology", "Institute of Glaciology", null, null);
		update(SearchKind.UNIVERSITY, id);
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.jdbc.update("update university set name_en = 'Institute of Permafrost' where id = ?", id);
			this.index.update(SearchKind.UNIVERSITY, List.of(id));
			status.setRollbackOnly();
		});
		assertThat(universities("Permafrost")).isEmpty();
		assertThat(universities("Glaciology")).containsExactly("test-glaciology");
	}

	@Test
	void catchingUpWritesMissingAndOutdatedEntriesButNeverReplacesACurrentOne() {
		long missing = insertUniversity("test-limnology", "Institute of Limnology", null, null);
		long outdated = insertUniversity("test-hydrography", "Institute of Hydrography", null, null);
		long current = insertUniversity("test-potamology", "Institute of Potamology", null, null);
		update(SearchKind.UNIVERSITY, outdated);
		update(SearchKind.UNIVERSITY, current);
		this.jdbc.update("update search_entry set format = 0 where kind = 'UNIVERSITY' and record_id = ?", outdated);
		// read here as it stands; a save in progress would write its own entry
		this.jdbc.update("update university set name_en = 'Institute of River Studies' where id = ?", current);
		assertThat(this.index.hasOutdated()).isTrue();
		assertThat(this.index.catchUp(Duration.ofSeconds(10))).isEqualTo(2);
		assertThat(this.index.hasOutdated()).isFalse();
		assertThat(universities("Limnology")).containsExactly("test-limnology");
		assertThat(((Number) entry(outdated, "format")).intValue()).isEqualTo(SearchIndex.FORMAT);
		assertThat(universities("Potamology")).containsExactly("test-potamology");
	}

	@Test
	void aBacklogLargerThanTheStartWaitsForIsFinishedInTheBackground() throws Exception {
		this.jdbc.update("""
				insert into university (slug, name_en, country, created_by, updated_by)
				select 'test-backlog-' || n, 'Institute of Backlog Studies ' || n, 'CN', 'test', 'test'
				from generate_series(1, 700) as n""");
		SearchIndexCatchUp catchUp = new SearchIndexCatchUp(this.index, (event) -> {
		}, Duration.ZERO);
		try {
			catchUp.run(new DefaultApplicationArguments());
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (this.index.hasOutdated() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(this.index.hasOutdated()).isFalse();
			assertThat(this.jdbc.queryForObject("""
					select e.names from search_entry e join university u on u.id = e.record_id
					where e.kind = 'UNIVERSITY' and u.slug = 'test-backlog-700'""", String.class))
				.startsWith("institute of backlog studies 700");
		}
		finally {
			catchUp.destroy();
			this.jdbc.update("""
					delete from search_entry where kind = 'UNIVERSITY'
					and record_id in (select id from university where slug like 'test-backlog-%')""");
			this.jdbc.update("delete from university where slug like 'test-backlog-%'");
		}
	}

	private void update(SearchKind kind, long id) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.index.update(kind, List.of(id)));
	}

	private long insertUniversity(String slug, String en, String ru, String zh) {
		Long id = this.jdbc.queryForObject("""
				insert into university (slug, name_en, name_ru, name_zh, country, created_by, updated_by)
				values (?, ?, ?, ?, 'CN', 'test', 'test') returning id""", Long.class, slug, en, ru, zh);
		return id;
	}

	private Object entry(long id, String column) {
		return entry(id, column, "UNIVERSITY");
	}

	private Object entry(long id, String column, String kind) {
		return this.jdbc.queryForObject("select " + column + " from search_entry where kind = ? and record_id = ?",
				Object.class, kind, id);
	}

	private List<String> universities(String query) {
		return slugs(query, SearchKind.UNIVERSITY);
	}

	private List<String> slugs(String query, SearchKind kind) {
		return this.search.search(SearchQuery.of(query), Locale.ENGLISH, 10, kind)
			.groups()
			.stream()
			.flatMap((group) -> group.results().stream())
			.map(SearchResults.Result::slug)
			.toList();
	}

}
