package org.bcua.registry.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import org.bcua.registry.search.Facet;
import org.bcua.registry.search.SearchIndexUpdated;
import org.bcua.registry.shared.RecordChanged;

/**
 * The facet counts of the agreements list and the ids it lists in order, kept per set of
 * filters and language until the next write: then everything kept is dropped (after the
 * write commits, before the editor's answer is sent), so the next request counts again
 * and sees the write. Each page of a set of filters is then a slice of its ids.
 * <p>
 * Why they are kept (benchmark at 100,000 agreements, 30 November 2026, two cores):
 * counting the facets of the whole list, 94,000 visible agreements, took 115 to 340 ms; a
 * page of a text query's matches, found through the index on the date, took 64 ms
 * ({@code q=dalian}, 4,533 matches) and the API list's p95 was 118 to 131 ms, above the
 * 50 ms it must answer in, while the counts and ids of a set of filters are the same on
 * each of its pages. The ids are bounded by weight ({@link #KEPT_IDS} ids in all, 8 bytes
 * each). Each instance keeps its own and drops them on its own writes only; the registry
 * changes a few times a day.
 */
@Component
class AgreementFacetCounts {

	/** How many ids are kept at most, over all sets of filters (about 32 MB). */
	static final long KEPT_IDS = 4_000_000;

	private final Cache cache = new CaffeineCache("agreement-listings",
			Caffeine.newBuilder()
				.maximumWeight(KEPT_IDS)
				.<Object, Object>weigher((key, value) -> 1 + ((Listed) value).ids().length)
				.build());

	/**
	 * Counts how many writes happened, so that counts taken while a write commits are
	 * never kept.
	 */
	private final AtomicLong writes = new AtomicLong();

	/**
	 * The counts and ids of the given criteria in the given language, kept or read now.
	 */
	Listed of(AgreementCriteria criteria, Locale locale, Supplier<Listed> count) {
		List<Object> key = List.of(criteria, locale.getLanguage());
		Listed kept = this.cache.get(key, Listed.class);
		if (kept != null) {
			return kept;
		}
		long before = this.writes.get();
		Listed counted = count.get();
		if (this.writes.get() == before) {
			this.cache.put(key, counted);
		}
		return counted;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged event) {
		dropAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void searchIndexUpdated(SearchIndexUpdated event) {
		dropAll();
	}

	/**
	 * Drops every kept count.
	 */
	void dropAll() {
		this.writes.incrementAndGet();
		this.cache.clear();
	}

	/**
	 * The facets of a set of filters and the ids of the agreements they leave, in list
	 * order.
	 */
	record Listed(List<Facet> facets, long[] ids) {

		/**
		 * The ids of one page.
		 * @param page zero-based page number
		 */
		List<Long> page(int page, int size) {
			long from = (long) page * size;
			if (from >= this.ids.length) {
				return List.of();
			}
			return Arrays.stream(this.ids, (int) from, (int) Math.min(this.ids.length, from + size)).boxed().toList();
		}

	}

}
