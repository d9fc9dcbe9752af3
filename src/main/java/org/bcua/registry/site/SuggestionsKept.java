package org.bcua.registry.site;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import org.bcua.registry.search.SearchIndexUpdated;
import org.bcua.registry.shared.RecordChanged;

/**
 * The suggestions of the search box, kept per typed text, language and number until the
 * next write: then all are dropped (after the write commits, before the editor's answer
 * is sent), so the next request asks the index again and sees the write. The pages are
 * kept the same way by the rendered-page cache; the suggestions, answered in JSON, are
 * not pages.
 * <p>
 * Why they are kept: at 100,000 agreements the suggestions' p95 was 51 to 75 ms
 * (benchmark, 30 November 2026, two cores), above the 50 ms they must answer in, with p50
 * 27 to 36 ms for queries that a few typed prefixes repeat.
 */
@Component
class SuggestionsKept {

	private static final int KEPT = 10_000;

	private final Cache cache = new CaffeineCache("suggestions", Caffeine.newBuilder().maximumSize(KEPT).build());

	/**
	 * Counts the writes, so that suggestions read while a write commits are never kept.
	 */
	private final AtomicLong writes = new AtomicLong();

	@SuppressWarnings("unchecked")
	List<Suggestion> of(String typed, Locale locale, int limit, Supplier<List<Suggestion>> suggest) {
		List<Object> key = List.of(typed, locale.getLanguage(), limit);
		List<Suggestion> kept = this.cache.get(key, List.class);
		if (kept != null) {
			return kept;
		}
		long before = this.writes.get();
		List<Suggestion> suggested = List.copyOf(suggest.get());
		if (this.writes.get() == before) {
			this.cache.put(key, suggested);
		}
		return suggested;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged event) {
		dropAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void searchIndexUpdated(SearchIndexUpdated event) {
		dropAll();
	}

	private void dropAll() {
		this.writes.incrementAndGet();
		this.cache.clear();
	}

}
