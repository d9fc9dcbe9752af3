package org.bcua.registry.web;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares, from its statistics (enabled for tests in
 * {@code config/application.properties}).
 */
final class QueryCounter {

	private final Statistics statistics;

	QueryCounter(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	/**
	 * Runs the action and returns how many statements it prepared.
	 */
	long count(Runnable action) {
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

}
