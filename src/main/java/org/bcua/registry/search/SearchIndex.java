package org.bcua.registry.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the search index: the names of each university, person, agreement and meeting,
 * normalized and transliterated (see {@link SearchText}), into the {@code search_entry}
 * table, and their words into {@code search_word} for correcting typos.
 * <p>
 * Database triggers keep an entry for every record and mark it stale whenever the record
 * (or one of a university's aliases) is written, by whatever path; they also copy the
 * record's visibility, so drafts and archived records never show. What this class adds is
 * the text. A save through the feature services indexes what it made stale in its own
 * transaction, before it commits ({@link #reindexThisTransaction()}, called on every
 * {@link org.bcua.registry.shared.RecordChanged} by {@code SearchIndexOnSave}): the
 * request after a save finds the new text. What no save indexed (records loaded by
 * migrations or written by SQL, entries of an older {@link #FORMAT}) is indexed by
 * {@link #reindexStale(Duration)} when the application starts
 * ({@code SearchIndexCatchUp}); until then such an entry keeps its old text.
 */
@Service
public class SearchIndex {

	/**
	 * The version of the indexing rules. Raise it when {@link SearchText} or what is
	 * indexed changes: every entry written under an older version is then indexed again
	 * at the next start.
	 */
	static final int FORMAT = 1;

	private static final int BATCH = 500;

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate batches;

	SearchIndex(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.batches = new TransactionTemplate(transactionManager);
	}

	/**
	 * Indexes one record as it stands in the current transaction, so that search finds it
	 * under its new names as soon as the transaction commits; pending JPA changes are
	 * flushed first. A record that does not exist is ignored. For records written by SQL
	 * (tests, data loads); saves through the services are indexed by
	 * {@link #reindexThisTransaction()}.
	 * @param kind the kind of record
	 * @param id the record's id
	 */
	@Transactional
	public void reindex(SearchKind kind, long id) {
		flushPendingChanges();
		index(kind, List.of(id));
	}

	/**
	 * Indexes every entry that the current transaction has marked stale: the records it
	 * wrote and those the triggers marked with them (the signatories made public with an
	 * agreement, a university with its aliases), whatever kind of record the transaction
	 * announced. Pending JPA changes are flushed first, so that the triggers have run.
	 * <p>
	 * Entries marked stale by other transactions are left alone (they are theirs to
	 * index, or the next start's): this never waits for another transaction's row locks,
	 * because every row it updates already carries this transaction's own write. Entries
	 * written inside a savepoint carry the savepoint's transaction id and are not seen;
	 * nothing in the registry uses savepoints.
	 * @return how many entries were indexed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int reindexThisTransaction() {
		flushPendingChanges();
		Map<SearchKind, List<Long>> stale = new LinkedHashMap<>();
		// xmin: the transaction that wrote the row's current version; null (no row) when
		// this transaction has written nothing yet
		this.jdbc.query("""
				select kind, record_id from search_entry
				where stale and xmin = cast(pg_current_xact_id_if_assigned() as xid)
				order by kind, record_id""", (row) -> {
			stale.computeIfAbsent(SearchKind.valueOf(row.getString(1)), (kind) -> new ArrayList<>())
				.add(row.getLong(2));
		});
		int indexed = 0;
		for (Map.Entry<SearchKind, List<Long>> entry : stale.entrySet()) {
			List<Long> ids = entry.getValue();
			for (int from = 0; from < ids.size(); from += BATCH) {
				indexed += index(entry.getKey(), ids.subList(from, Math.min(ids.size(), from + BATCH)));
			}
		}
		return indexed;
	}

	/**
	 * Indexes the entries that are stale, in batches of their own transactions, until
	 * none is left or the time budget is spent (the rest waits for the next call).
	 * Entries that a transaction still running has just written are skipped: that
	 * transaction indexes them itself before it commits.
	 * @param budget how long to go on starting new batches
	 * @return how many entries were indexed
	 */
	public int reindexStale(Duration budget) {
		long deadline = System.nanoTime() + budget.toNanos();
		int indexed = 0;
		while (true) {
			Batch batch = this.batches.execute((status) -> indexStaleBatch());
			if (batch == null) {
				return indexed;
			}
			indexed += batch.indexed();
			if (batch.selected() < BATCH || System.nanoTime() > deadline) {
				return indexed;
			}
		}
	}

	/**
	 * Whether any committed entry is stale.
	 */
	@Transactional(readOnly = true)
	public boolean hasStale() {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select from search_entry where stale)", Boolean.class));
	}

	/**
	 * Marks stale the entries written under older indexing rules than the current ones.
	 * @return how many entries were marked
	 */
	@Transactional
	public int markOutdatedFormats() {
		return this.jdbc.update("update search_entry set stale = true where format <> ? and not stale", FORMAT);
	}

	/**
	 * Marks every entry stale and indexes them all again.
	 * @return how many entries were indexed
	 */
	public int rebuild() {
		this.batches.executeWithoutResult((status) -> this.jdbc.update("update search_entry set stale = true"));
		return reindexStale(Duration.ofDays(1));
	}

	private Batch indexStaleBatch() {
		Map<SearchKind, List<Long>> stale = new LinkedHashMap<>();
		// locked at once, skipping the entries of saves in progress (they index them
		// themselves before they commit): a batch never waits for a save's entries
		this.jdbc.query("""
				select kind, record_id from search_entry where stale order by kind, record_id limit ?
				for update skip locked""", (row) -> {
			stale.computeIfAbsent(SearchKind.valueOf(row.getString(1)), (kind) -> new ArrayList<>())
				.add(row.getLong(2));
		}, BATCH);
		int selected = 0;
		int indexed = 0;
		for (Map.Entry<SearchKind, List<Long>> entry : stale.entrySet()) {
			selected += entry.getValue().size();
			indexed += index(entry.getKey(), entry.getValue());
		}
		return new Batch(selected, indexed);
	}

	private void flushPendingChanges() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& this.entityManager.isJoinedToTransaction()) {
			this.entityManager.flush();
		}
	}

	/**
	 * Writes the entries of the records given, unless a record changed again since it was
	 * read here (its entry then stays stale).
	 * @return how many entries were written
	 */
	private int index(SearchKind kind, Collection<Long> ids) {
		Long[] idArray = ids.toArray(Long[]::new);
		Map<Long, Long> revisions = new HashMap<>();
		this.jdbc.query("select record_id, revision from search_entry where kind = ? and record_id = any(?)", (row) -> {
			revisions.put(row.getLong(1), row.getLong(2));
		}, kind.name(), idArray);
		Map<Long, SearchDocument> documents = documents(kind, idArray);
		List<Written> written = new ArrayList<>();
		Set<String> words = new TreeSet<>();
		documents.forEach((id, document) -> {
			Long revision = revisions.get(id);
			if (revision != null) {
				written.add(new Written(id, revision, document));
				words.addAll(document.words());
			}
		});
		// one statement for the whole batch, so that the triggers on the entries (the
		// words of the agreements list) run once for it
		int updated = this.jdbc.update("""
				update search_entry e
				set names = v.names, latin = v.latin, terms = v.terms, body = v.body, rank = v.rank, format = ?,
				    stale = false, indexed_at = now()
				from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
				            cast(? as text[]), cast(? as text[]), cast(? as float8[]))
				     as v(record_id, revision, names, latin, terms, body, rank)
				where e.kind = ? and e.record_id = v.record_id and e.revision = v.revision
				""", FORMAT, column(written, Written::id, Long[]::new), column(written, Written::revision, Long[]::new),
				column(written, (row) -> row.document().names(), String[]::new),
				column(written, (row) -> row.document().latin(), String[]::new),
				column(written, (row) -> row.document().terms(), String[]::new),
				column(written, (row) -> row.document().body(), String[]::new),
				column(written, (row) -> row.document().rank(), Double[]::new), kind.name());
		if (!words.isEmpty()) {
			this.jdbc.update("insert into search_word (word) select unnest(?) on conflict do nothing",
					(Object) words.toArray(String[]::new));
		}
		logger.debug("Indexed {} {} records", updated, kind);
		return updated;
	}

	private Map<Long, SearchDocument> documents(SearchKind kind, Long[] ids) {
		Map<Long, SearchDocument> documents = new HashMap<>();
		switch (kind) {
			case UNIVERSITY -> this.jdbc.query("""
					select u.id, u.name_en, u.name_ru, u.name_be, u.name_zh, u.city, u.region, u.website,
					       array(select a.name from university_alias a where a.university_id = u.id
					             order by a.sort_order, a.id) as aliases,
					       case u.membership_role when 'CO_LEAD' then 3 when 'MEMBER' then 2 when 'PARTICIPANT' then 1
					            else 0 end - length(u.name_en) / 1000.0 as rank
					from university u where u.id = any(?)
					""", (row) -> {
				documents.put(row.getLong("id"),
						new SearchDocument.Builder()
							.namesWithInitials(row.getString("name_en"), row.getString("name_ru"),
									row.getString("name_be"), row.getString("name_zh"))
							.namesWithInitials(strings(row.getArray("aliases")))
							.body(row.getString("city"), row.getString("region"), row.getString("website"))
							.rank(row.getDouble("rank"))
							.build());
			}, (Object) ids);
			case PERSON -> this.jdbc.query("""
					select id, name_en, name_ru, name_be, name_zh, - length(name_en) / 1000.0 as rank
					from person where id = any(?)
					""", (row) -> {
				documents.put(row.getLong("id"),
						new SearchDocument.Builder()
							.names(row.getString("name_en"), row.getString("name_ru"), row.getString("name_be"),
									row.getString("name_zh"))
							.rank(row.getDouble("rank"))
							.build());
			}, (Object) ids);
			case AGREEMENT -> this.jdbc.query("""
					select id, title_en, title_ru, title_be, title_zh, summary, place,
					       coalesce(coalesce(signed_on, in_force_on) - date '1900-01-01', 0) as rank
					from agreement where id = any(?)
					""", (row) -> {
				documents.put(row.getLong("id"),
						new SearchDocument.Builder().names(titles(row))
							.body(row.getString("summary"), row.getString("place"))
							.rank(row.getDouble("rank"))
							.build());
			}, (Object) ids);
			case MEETING -> this.jdbc.query("""
					select id, title_en, title_ru, title_be, title_zh, summary, city, venue,
					       starts_on - date '1900-01-01' as rank
					from meeting where id = any(?)
					""", (row) -> {
				documents.put(row.getLong("id"),
						new SearchDocument.Builder().names(titles(row))
							.body(row.getString("summary"), row.getString("city"), row.getString("venue"))
							.rank(row.getDouble("rank"))
							.build());
			}, (Object) ids);
		}
		return documents;
	}

	private static <T> T[] column(List<Written> rows, Function<Written, T> value, IntFunction<T[]> array) {
		return rows.stream().map(value).toArray(array);
	}

	private static @Nullable String[] titles(ResultSet row) throws SQLException {
		return new @Nullable String[] { row.getString("title_en"), row.getString("title_ru"), row.getString("title_be"),
				row.getString("title_zh") };
	}

	private static @Nullable String[] strings(@Nullable Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	/**
	 * One batch of stale entries: how many were found, how many of them written.
	 */
	private record Batch(int selected, int indexed) {

	}

	/**
	 * The text of an entry to write, for the revision of its record it was read from.
	 */
	private record Written(long id, long revision, SearchDocument document) {

	}

}
