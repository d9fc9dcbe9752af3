package org.bcua.registry.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;

import org.springframework.util.DigestUtils;
import org.springframework.util.unit.DataSize;

/**
 * The HTML of anonymous public pages as last rendered, by address and interface language,
 * bounded by the size of the text kept. Pages stay until a write changes the registry:
 * {@link #evictAll()} then drops every page, and a page whose rendering began before that
 * is not kept either, so a committed write is visible on the very next request.
 *
 * Its hits and misses are the metric {@code cache.gets} with tag {@code cache=pages}.
 */
class PageCache {

	static final String NAME = "pages";

	private final Cache<Key, Page> pages;

	/** Counts the evictions, so that a rendering that overlapped one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	PageCache(DataSize maximumSize, @Nullable MeterRegistry meters) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maximumSize.toBytes())
			.weigher((Key key, Page page) -> page.weight() + key.url().length() * 2)
			.expireAfter(new UntilMidnight())
			.recordStats()
			.build();
		if (meters != null) {
			CaffeineCacheMetrics.monitor(meters, this.pages, NAME);
		}
	}

	/**
	 * The page kept for a key, or {@code null} (counted as a miss).
	 */
	@Nullable Page get(Key key) {
		return this.pages.getIfPresent(key);
	}

	/**
	 * The current generation, to read before rendering a page that will be {@link #put}.
	 */
	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a page rendered since {@code generation} was read, unless the registry
	 * changed meanwhile (the page may then show what was there before).
	 */
	void put(Key key, Page page, long generation) {
		this.pages.put(key, page);
		if (this.generation.get() != generation) {
			this.pages.invalidate(key);
		}
	}

	/**
	 * Drops every page (the registry changed).
	 */
	void evictAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	CacheStats stats() {
		return this.pages.stats();
	}

	long size() {
		return this.pages.estimatedSize();
	}

	/**
	 * Keeps a page until the end of the day (UTC) it was rendered on: pages show that day
	 * (the access date of a record's citation).
	 */
	static final class UntilMidnight implements Expiry<Key, Page> {

		@Override
		public long expireAfterCreate(Key key, Page page, long currentTime) {
			Instant now = Instant.now();
			Instant midnight = now.atOffset(ZoneOffset.UTC)
				.toLocalDate()
				.plusDays(1)
				.atStartOfDay(ZoneOffset.UTC)
				.toInstant();
			return Duration.between(now, midnight).toNanos();
		}

		@Override
		public long expireAfterUpdate(Key key, Page page, long currentTime, long currentDuration) {
			return expireAfterCreate(key, page, currentTime);
		}

		@Override
		public long expireAfterRead(Key key, Page page, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

	/**
	 * What a page depends on: its address with the query (and the scheme, host and port
	 * it was asked for at, which its absolute links name), and the interface language.
	 */
	record Key(String url, String language) {

	}

	/**
	 * A rendered page: the body as sent, what describes it, and an entity tag computed
	 * from the body (so a page rendered again with the same text keeps its tag).
	 */
	record Page(byte[] body, String contentType, Locale locale, String etag) {

		static Page of(byte[] body, String contentType, Locale locale) {
			return new Page(body, contentType, locale, "\"" + DigestUtils.md5DigestAsHex(body) + "\"");
		}

		int weight() {
			return this.body.length + 128;
		}

	}

}
