package org.bcua.registry.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache of anonymous public pages ({@link PageCacheFilter}).
 *
 * @param enabled whether pages are kept at all; when off every request is rendered and no
 * page may be kept by an HTTP cache
 * @param maximumSize how much page text the cache keeps at most (the least used pages
 * leave first)
 * @param maxAge how long an HTTP cache (a browser, a proxy, a CDN) may serve a page
 * without asking again; zero (the default) makes it ask every time, which costs the
 * application a look-up and a body-less 304 and shows a write on the very next request
 */
@ConfigurationProperties("registry.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maximumSize,
		@DefaultValue("0s") Duration maxAge) {

}
