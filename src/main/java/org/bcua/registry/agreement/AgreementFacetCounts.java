package org.bcua.registry.agreement;

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
 * The facet counts of the agreements list, kept per set of filters and language until the
 * next write: then every kept count is dropped (after the write commits, before the
 * editor's answer is sent), so the next request counts again and sees the write.
 * <p>
 * Why they are kept: counting the facets of the whole list, 94,000 visible agreements of
 * the benchmark's 100,000, took 115 to 340 ms (30 November 2026, two cores, load 5),
 * above the 100 ms the lists must answer in at p95, while a page of the list without its
 * counts takes a few milliseconds; the counts of a set of filters are the same on each of
 * its pages. Each instance keeps its own counts and drops them on its own writes only;
 * the registry changes a few times a day.
 */
@Component
class AgreementFacetCounts {

	private static final int KEPT = 2000;

	private final Cache cache = new CaffeineCache("agreement-facet-counts",
			Caffeine.newBuilder().maximumSize(KEPT).build());

	/**
	 * Counts how many writes happened, so that counts taken while a write commits are
	 * never kept.
	 */
	private final AtomicLong writes = new AtomicLong();

	/**
	 * The counts of the given criteria in the given language, kept or counted now.
	 */
	@SuppressWarnings("unchecked")
	List<Facet> of(AgreementCriteria criteria, Locale locale, Supplier<List<Facet>> count) {
		List<Object> key = List.of(criteria, locale.getLanguage());
		List<Facet> kept = this.cache.get(key, List.class);
		if (kept != null) {
			return kept;
		}
		long before = this.writes.get();
		List<Facet> counted = count.get();
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

}
