package org.bcua.registry.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.LocaleResolver;

import org.bcua.registry.search.SearchIndexUpdated;
import org.bcua.registry.shared.RecordChanged;

/**
 * The rendered-page cache ({@link PageCache}, {@link PageCacheFilter}), unless
 * {@code registry.page-cache.enabled=false}. Every committed write empties it: the
 * registry changes a few times a day, so keeping track of which pages a record appears on
 * (lists, facet counts, the pages of its parties, search) would buy nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "registry.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(PageCacheProperties properties, ObjectProvider<MeterRegistry> meters) {
		return new PageCache(properties.maximumSize(), meters.getIfAvailable());
	}

	/**
	 * Ordered right after Spring Security's filters, so that it knows who is signed in
	 * and its answers carry the security headers.
	 */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver locales,
			PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, locales, cacheControl(properties).getHeaderValue()));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/**
	 * {@code no-cache} by default: an HTTP cache may keep a page but asks every time,
	 * which costs a look-up and a 304; with a max-age it may serve it that long (and as
	 * long again while it asks), so a write may take that long to show there.
	 */
	static CacheControl cacheControl(PageCacheProperties properties) {
		if (properties.maxAge().isZero()) {
			return CacheControl.noCache();
		}
		return CacheControl.maxAge(properties.maxAge()).staleWhileRevalidate(properties.maxAge());
	}

	@Bean
	PageCacheEviction pageCacheEviction(PageCache cache) {
		return new PageCacheEviction(cache);
	}

	/**
	 * Empties the cache once a write has committed (before the editor's answer is sent),
	 * and when the search index has taken in records written by another path.
	 */
	static class PageCacheEviction {

		private final PageCache cache;

		PageCacheEviction(PageCache cache) {
			this.cache = cache;
		}

		@TransactionalEventListener(fallbackExecution = true)
		void recordChanged(RecordChanged event) {
			this.cache.evictAll();
		}

		@TransactionalEventListener(fallbackExecution = true)
		void searchIndexUpdated(SearchIndexUpdated event) {
			this.cache.evictAll();
		}

	}

}
