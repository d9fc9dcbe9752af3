package org.bcua.registry.search;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping the index in step with the records, whatever writes them: the database triggers
 * create entries, mark them stale and copy visibility; {@link SearchIndex} writes the
 * text. The records are written by SQL here, which no save announces, so that each step
 * can be seen. The writes stay in a database of their own (the property below gives these
 * tests their own context).
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
		assertThat(
				this.jdbc.queryForObject("select count(*) from search_entry where stale or names = ''", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from search_entry", Integer.class)).isEqualTo(
				this.jdbc.queryForObject(
						"select (select count(*) from university) + (select count(*) from person)"
								+ " + (select count(*) from agreement) + (select count(*) from meeting)",
						Integer.class));
	}

	@Test
	void aNewRecordIsFoundOnceReindexed() {
		long id = insertUniversity("test-hydrology", "Institute of Applied Hydrology", "Институт прикладной гидрологии",
				"应用水文学院");
		assertThat(entry(id, "stale")).isEqualTo(true);
		assertThat(universities("Hydrology")).doesNotContain("test-hydrology");
		this.index.reindex(SearchKind.UNIVERSITY, id);
		assertThat(entry(id, "stale")).isEqualTo(false);
		assertThat(universities("Hydrology")).containsExactly("test-hydrology");
		assertThat(universities("гидрологии")).containsExactly("test-hydrology");
		assertThat(universities("水文")).containsExactly("test-hydrology");
		assertThat(universities("shuiwen")).containsExactly("test-hydrology");
		assertThat(universities("ИПГ")).containsExactly("test-hydrology");
	}

	@Test
	void aChangedRecordIsMarkedStaleAndIndexedWithTheOtherStaleEntries() {
		long id = insertUniversity("test-geodesy", "Institute of Geodesy", null, null);
		this.index.reindex(SearchKind.UNIVERSITY, id);
		this.jdbc.update(
				"update university set name_en = 'Institute of Cartography', version = version + 1 where id = ?", id);
		assertThat(entry(id, "stale")).isEqualTo(true);
		assertThat(this.index.reindexStale(Duration.ofSeconds(10))).isPositive();
		assertThat(universities("Cartography")).containsExactly("test-geodesy");
		assertThat(universities("Geodesy")).doesNotContain("test-geodesy");
	}

	@Test
	void anAliasIsPartOfItsUniversity() {
		long id = insertUniversity("test-oceanography", "Institute of Oceanography", null, null);
		this.index.reindex(SearchKind.UNIVERSITY, id);
		this.jdbc
			.update("insert into university_alias (university_id, name, language, kind) values (?, 'OCEANIX', 'en', "
					+ "'ABBREVIATION')", id);
		assertThat(entry(id, "stale")).isEqualTo(true);
		this.index.reindexStale(Duration.ofSeconds(10));
		assertThat(universities("oceanix")).containsExactly("test-oceanography");
	}

	@Test
	void anArchivedRecordDisappearsAtOnceWithoutReindexing() {
		long id = insertUniversity("test-volcanology", "Institute of Volcanology", null, null);
		this.index.reindex(SearchKind.UNIVERSITY, id);
		assertThat(universities("Volcanology")).containsExactly("test-volcanology");
		this.jdbc.update("update university set archived_at = now() where id = ?", id);
		assertThat(universities("Volcanology")).isEmpty();
		this.jdbc.update("update university set archived_at = null where id = ?", id);
		assertThat(universities("Volcanology")).containsExactly("test-volcanology");
		this.jdbc.update("delete from university where id = ?", id);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from search_entry where kind = 'UNIVERSITY' and record_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aDraftAgreementIsNeverFoundUntilPublished() {
		Long id = this.jdbc.queryForObject(
				"""
						insert into agreement (slug, kind, title_en, status, publication, created_by, updated_by)
						values ('test-draft-seismology', 'MEMORANDUM', 'Memorandum on seismology', 'SIGNED', 'DRAFT', 'test', 'test')
						returning id""",
				Long.class);
		this.index.reindex(SearchKind.AGREEMENT, id);
		assertThat(entry(id, "names", "AGREEMENT")).isEqualTo("memorandum on seismology");
		assertThat(slugs("seismology", SearchKind.AGREEMENT)).isEmpty();
		this.jdbc.update("update agreement set publication = 'PUBLISHED' where id = ?", id);
		assertThat(slugs("seismology", SearchKind.AGREEMENT)).containsExactly("test-draft-seismology");
	}

	@Test
	void indexingInTheWritingTransactionSeesTheWrite() {
		long id = insertUniversity("test-glaciology", "Institute of Glaciology", null, null);
		this.index.reindex(SearchKind.UNIVERSITY, id);
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.jdbc.update("update university set name_en = 'Institute of Permafrost' where id = ?", id);
			this.index.reindex(SearchKind.UNIVERSITY, id);
		});
		assertThat(entry(id, "stale")).isEqualTo(false);
		assertThat(universities("Permafrost")).containsExactly("test-glaciology");
	}

	@Test
	void aTransactionIndexesWhatItMadeStaleAndNothingElse() {
		long other = insertUniversity("test-speleology", "Institute of Speleology", null, null);
		long[] mine = new long[1];
		Integer indexed = new TransactionTemplate(this.transactionManager).execute((status) -> {
			mine[0] = insertUniversity("test-karstology", "Institute of Karstology", null, null);
			this.jdbc.update("insert into university_alias (university_id, name, language, kind) "
					+ "values (?, 'KARSTIX', 'en', 'ABBREVIATION')", mine[0]);
			return this.index.reindexThisTransaction();
		});
		assertThat(indexed).isEqualTo(1);
		assertThat(entry(mine[0], "stale")).isEqualTo(false);
		assertThat(universities("karstix")).containsExactly("test-karstology");
		assertThat(entry(other, "stale")).as("written by another transaction").isEqualTo(true);
		this.index.reindex(SearchKind.UNIVERSITY, other);
	}

	@Test
	void indexingNeverWaitsForTheEntriesOfASaveInProgress() throws Exception {
		long id = insertUniversity("test-petrology", "Institute of Petrology", null, null);
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch checked = new CountDownLatch(1);
		CompletableFuture<Integer> save = CompletableFuture
			.supplyAsync(() -> new TransactionTemplate(this.transactionManager).execute((status) -> {
				this.jdbc.update("update university set name_en = 'Institute of Mineralogy' where id = ?", id);
				written.countDown();
				await(checked);
				return this.index.reindexThisTransaction();
			}));
		try {
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			long start = System.nanoTime();
			this.index.reindexStale(Duration.ofSeconds(10));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(entry(id, "stale")).as("left to the save").isEqualTo(true);
		}
		finally {
			checked.countDown();
		}
		assertThat(save.get(30, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(entry(id, "stale")).isEqualTo(false);
		assertThat(universities("Mineralogy")).containsExactly("test-petrology");
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
			while (this.index.hasStale() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(this.index.hasStale()).isFalse();
			assertThat(this.jdbc.queryForObject("""
					select e.names from search_entry e join university u on u.id = e.record_id
					where e.kind = 'UNIVERSITY' and u.slug = 'test-backlog-700'""", String.class))
				.startsWith("institute of backlog studies 700");
		}
		finally {
			catchUp.destroy();
			this.jdbc.update("delete from university where slug like 'test-backlog-%'");
		}
	}

	@Test
	void entriesWrittenUnderOlderRulesAreIndexedAgain() {
		long id = insertUniversity("test-limnology", "Institute of Limnology", null, null);
		this.index.reindex(SearchKind.UNIVERSITY, id);
		this.jdbc.update("update search_entry set format = 0 where kind = 'UNIVERSITY' and record_id = ?", id);
		assertThat(this.index.markOutdatedFormats()).isEqualTo(1);
		this.index.reindexStale(Duration.ofSeconds(10));
		assertThat(((Number) entry(id, "format")).intValue()).isEqualTo(SearchIndex.FORMAT);
	}

	@Test
	void aPersonRecordedWithADraftIsNeverFoundUntilPublished() {
		long id = this.jdbc.queryForObject(
				"insert into person (slug, name_en, published, created_by, updated_by) "
						+ "values ('test-draft-signatory', 'Zebulon Quillfeather', false, 'test', 'test') returning id",
				Long.class);
		this.index.reindex(SearchKind.PERSON, id);
		assertThat(slugs("Quillfeather", SearchKind.PERSON)).isEmpty();
		this.jdbc.update("update person set published = true, version = version + 1 where id = ?", id);
		this.index.reindex(SearchKind.PERSON, id);
		assertThat(slugs("Quillfeather", SearchKind.PERSON)).containsExactly("test-draft-signatory");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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
