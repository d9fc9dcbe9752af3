package org.bcua.registry.search;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Brings the search index up to date when the application starts: records loaded by
 * migrations or written by SQL while it was stopped, which have no entry, and entries
 * written under older indexing rules ({@link SearchIndex#FORMAT}). Saves made while it
 * runs write their own entries ({@link SearchIndexOnSave}); nothing polls.
 * <p>
 * The start waits for at most a few seconds of it, so that a large backlog (a new
 * {@code FORMAT} over a large registry) never delays the application; the rest goes on in
 * one background thread until nothing is outdated, and stops with the application (the
 * next start finishes it).
 */
@Component
class SearchIndexCatchUp implements ApplicationRunner, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexCatchUp.class);

	static final Duration STARTUP_BUDGET = Duration.ofSeconds(3);

	private static final Duration BACKGROUND_BUDGET = Duration.ofSeconds(5);

	private final SearchIndex index;

	private final ApplicationEventPublisher events;

	private final Duration startupBudget;

	private volatile boolean stopping;

	private @Nullable Thread background;

	@Autowired
	SearchIndexCatchUp(SearchIndex index, ApplicationEventPublisher events) {
		this(index, events, STARTUP_BUDGET);
	}

	SearchIndexCatchUp(SearchIndex index, ApplicationEventPublisher events, Duration startupBudget) {
		this.index = index;
		this.events = events;
		this.startupBudget = startupBudget;
	}

	@Override
	public void run(ApplicationArguments args) {
		int indexed = this.index.catchUp(this.startupBudget);
		if (indexed > 0) {
			logger.info("Search index: {} entries indexed at start", indexed);
		}
		if (indexed > 0) {
			this.events.publishEvent(new SearchIndexUpdated(indexed));
		}
		if (this.index.hasOutdated()) {
			Thread thread = new Thread(this::finish, "search-index-catch-up");
			thread.setDaemon(true);
			this.background = thread;
			thread.start();
		}
	}

	private void finish() {
		int indexed = 0;
		int failures = 0;
		while (!this.stopping) {
			try {
				int batch = this.index.catchUp(BACKGROUND_BUDGET);
				if (batch == 0) {
					break;
				}
				indexed += batch;
				failures = 0;
				this.events.publishEvent(new SearchIndexUpdated(batch));
			}
			catch (RuntimeException ex) {
				// a batch may lose a deadlock against a save (PostgreSQL then aborts one)
				if (++failures == 3) {
					logger.warn("Search index: catching up stopped after {} entries; the next start goes on", indexed,
							ex);
					return;
				}
			}
		}
		logger.info("Search index: {} more entries indexed after the start", indexed);
	}

	/**
	 * Lets the batch in progress finish before the database goes away.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		Thread thread = this.background;
		if (thread != null) {
			thread.join(Duration.ofSeconds(30).toMillis());
		}
	}

}
