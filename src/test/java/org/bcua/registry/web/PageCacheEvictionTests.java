package org.bcua.registry.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import org.bcua.registry.web.PageCache.Key;
import org.bcua.registry.web.PageCache.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered while the registry changed is not kept: it may show what was there
 * before the write.
 */
class PageCacheEvictionTests {

	private final PageCache cache = new PageCache(DataSize.ofMegabytes(1), null);

	private final Key key = new Key("/universities", "en");

	private final Page page = Page.of("<p>before</p>".getBytes(StandardCharsets.UTF_8), "text/html", Locale.ENGLISH);

	@Test
	void aPageRenderedBeforeAnEvictionIsNotKept() {
		long generation = this.cache.generation();
		this.cache.evictAll();
		this.cache.put(this.key, this.page, generation);
		assertThat(this.cache.get(this.key)).isNull();
	}

	@Test
	void aPageRenderedSinceTheLastEvictionIsKeptUntilTheNext() {
		this.cache.evictAll();
		this.cache.put(this.key, this.page, this.cache.generation());
		assertThat(this.cache.get(this.key)).isSameAs(this.page);
		this.cache.evictAll();
		assertThat(this.cache.get(this.key)).isNull();
	}

	@Test
	void theSameTextHasTheSameTag() {
		Page again = Page.of("<p>before</p>".getBytes(StandardCharsets.UTF_8), "text/html", Locale.ENGLISH);
		assertThat(again.etag()).isEqualTo(this.page.etag()).startsWith("\"").endsWith("\"");
		assertThat(Page.of("<p>after</p>".getBytes(StandardCharsets.UTF_8), "text/html", Locale.ENGLISH).etag())
			.isNotEqualTo(this.page.etag());
	}

}
