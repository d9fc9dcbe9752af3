package org.bcua.registry.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;
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
 * Writes the search index: one row of {@code search_entry} per university, person,
 * agreement and meeting, with its names normalized and transliterated (see
 * {@link SearchText}) and whether the public may find it, and the words of the names in
 * {@code search_word} for correcting typos.
 * <p>
 * The text comes from the features, each a {@link SearchSource} for its kind. A save
 * writes its records' entries in its own transaction, before it commits ({@link #update},
 * called by {@link SearchIndexOnSave} for every
 * {@link org.bcua.registry.shared.RecordChanged}), so the next request finds the new
 * text. Records that no save wrote (loaded by migrations, or indexed under older rules
 * than {@link #FORMAT}) are written when the application starts ({@link #catchUp}).
 */
@Service
public class SearchIndex {

	/**
	 * The version of the indexing rules. Raise it when {@link SearchText} or what is
	 * indexed changes: every entry written under an older version is then written again
	 * at the next start.
	 */
	static final int FORMAT = 1;

	private static final int BATCH = 500;

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate batches;

	private final Map<SearchKind, SearchSource> sources = new EnumMap<>(SearchKind.class);

	SearchIndex(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactionManager,
			List<SearchSource> sources) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.batches = new TransactionTemplate(transactionManager);
		sources.forEach((source) -> this.sources.put(source.kind(), source));
	}

	/**
	 * Writes the entries of the given records as they stand in the current transaction
	 * (pending JPA changes are flushed first), so that search finds them under their new
	 * names, or no longer finds them, as soon as the transaction commits.
	 * @param kind the kind of the records
	 * @param ids the records' ids; ids of records that do not exist are ignored
	 * @return how many entries were written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int update(SearchKind kind, Collection<Long> ids) {
		flushPendingChanges();
		return write(kind, source(kind).entries(ids), true);
	}

	/**
	 * Writes the entries that are missing or were written under older indexing rules, in
	 * batches of their own transactions, until none is left or the time budget is spent
	 * (the rest waits for the next call). An entry a save writes meanwhile is never
	 * overwritten by an older text read here: a batch writes only entries that are still
	 * missing or outdated.
	 * @param budget how long to go on starting new batches
	 * @return how many entries were written
	 */
	public int catchUp(Duration budget) {
		long deadline = System.nanoTime() + budget.toNanos();
		int written = 0;
		for (SearchKind kind : this.sources.keySet()) {
			List<Long> ids = outdated(kind);
			for (int from = 0; from < ids.size(); from += BATCH) {
				if (System.nanoTime() > deadline) {
					return written;
				}
				List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
				Integer count = this.batches.execute((status) -> write(kind, source(kind).entries(batch), false));
				written += (count != null) ? count : 0;
			}
		}
		return written;
	}

	/**
	 * Whether any record has no entry, or one written under older indexing rules.
	 */
	public boolean hasOutdated() {
		return this.sources.keySet().stream().anyMatch((kind) -> !outdated(kind).isEmpty());
	}

	/**
	 * Writes the entry of every record again, in batches of their own transactions (after
	 * a bulk load by SQL, or when the index is suspected to be wrong).
	 * @return how many entries were written
	 */
	public int rebuild() {
		int written = 0;
		for (SearchKind kind : this.sources.keySet()) {
			List<Long> ids = source(kind).ids();
			for (int from = 0; from < ids.size(); from += BATCH) {
				List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
				Integer count = this.batches.execute((status) -> write(kind, source(kind).entries(batch), true));
				written += (count != null) ? count : 0;
			}
		}
		return written;
	}

	/**
	 * The records of the kind without an entry of the current format.
	 */
	private List<Long> outdated(SearchKind kind) {
		Set<Long> current = new HashSet<>(this.jdbc.queryForList(
				"select record_id from search_entry where kind = ? and format = ?", Long.class, kind.name(), FORMAT));
		return source(kind).ids().stream().filter((id) -> !current.contains(id)).sorted().toList();
	}

	private SearchSource source(SearchKind kind) {
		SearchSource source = this.sources.get(kind);
		if (source == null) {
			throw new IllegalStateException("No search source for " + kind);
		}
		return source;
	}

	private void flushPendingChanges() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& this.entityManager.isJoinedToTransaction()) {
			this.entityManager.flush();
		}
	}

	/**
	 * Writes the entries, in one statement.
	 * @param replace whether to replace entries of the current format too (a save's
	 * entries), or only to fill in missing and outdated ones (catching up)
	 * @return how many entries were written
	 */
	private int write(SearchKind kind, Map<Long, SearchEntry> entries, boolean replace) {
		if (entries.isEmpty()) {
			return 0;
		}
		List<Map.Entry<Long, SearchEntry>> rows = new ArrayList<>(entries.entrySet());
		Set<String> words = new TreeSet<>();
		rows.forEach((row) -> words.addAll(row.getValue().document().words()));
		int written = this.jdbc.update(
				"""
						insert into search_entry as e (kind, record_id, visible, names, latin, terms, body, rank, format, indexed_at)
						select ?, v.record_id, v.visible, v.names, v.latin, v.terms, v.body, v.rank, ?, now()
						from unnest(cast(? as bigint[]), cast(? as boolean[]), cast(? as text[]), cast(? as text[]),
						            cast(? as text[]), cast(? as text[]), cast(? as float8[]))
						     as v(record_id, visible, names, latin, terms, body, rank)
						on conflict (kind, record_id) do update
						    set visible = excluded.visible, names = excluded.names, latin = excluded.latin,
						        terms = excluded.terms, body = excluded.body, rank = excluded.rank, format = excluded.format,
						        indexed_at = excluded.indexed_at
						    where ? or e.format <> excluded.format
						""",
				kind.name(), FORMAT, column(rows, Map.Entry::getKey, Long[]::new),
				column(rows, (row) -> row.getValue().visible(), Boolean[]::new),
				column(rows, (row) -> row.getValue().document().names(), String[]::new),
				column(rows, (row) -> row.getValue().document().latin(), String[]::new),
				column(rows, (row) -> row.getValue().document().terms(), String[]::new),
				column(rows, (row) -> row.getValue().document().body(), String[]::new),
				column(rows, (row) -> row.getValue().document().rank(), Double[]::new), replace);
		if (!words.isEmpty()) {
			this.jdbc.update("insert into search_word (word) select unnest(?) on conflict do nothing",
					(Object) words.toArray(String[]::new));
		}
		logger.debug("Indexed {} {} records", written, kind);
		return written;
	}

	private static <T> T[] column(List<Map.Entry<Long, SearchEntry>> rows,
			Function<Map.Entry<Long, SearchEntry>, T> value, IntFunction<T[]> array) {
		return rows.stream().map(value).toArray(array);
	}

}
