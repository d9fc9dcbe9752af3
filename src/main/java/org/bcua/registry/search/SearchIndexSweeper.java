package org.bcua.registry.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the search index up to date at start (records loaded by migrations, entries
 * written under older indexing rules) and then every few seconds (records written by any
 * path that did not call {@link SearchIndex#reindex}). At start it spends at most a few
 * seconds, so that a large backlog never delays the application: the sweeps finish it.
 */
@Component
class SearchIndexSweeper implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexSweeper.class);

	static final Duration STARTUP_BUDGET = Duration.ofSeconds(3);

	static final Duration SWEEP_BUDGET = Duration.ofSeconds(20);

	private final SearchIndex index;

	private final ApplicationEventPublisher events;

	SearchIndexSweeper(SearchIndex index, ApplicationEventPublisher events) {
		this.index = index;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		int outdated = this.index.markOutdatedFormats();
		int indexed = this.index.reindexStale(STARTUP_BUDGET);
		if (indexed > 0 || outdated > 0) {
			logger.info("Search index: {} entries indexed at start", indexed);
		}
		if (indexed > 0) {
			this.events.publishEvent(new SearchIndexUpdated(indexed));
		}
	}

	@Scheduled(initialDelayString = "${registry.search.sweep-delay:PT5S}",
			fixedDelayString = "${registry.search.sweep-delay:PT5S}")
	void sweep() {
		try {
			int indexed = this.index.reindexStale(SWEEP_BUDGET);
			if (indexed > 0) {
				logger.debug("Search index: {} stale entries indexed", indexed);
				this.events.publishEvent(new SearchIndexUpdated(indexed));
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Search index sweep failed; the next one will try again", ex);
		}
	}

}
