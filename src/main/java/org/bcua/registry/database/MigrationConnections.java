package org.bcua.registry.database;

import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates through connections of its own, without the timeouts the pool gives
 * pages (application.properties: a statement is cancelled after 3 s, a server that does
 * not answer is given up after 4 s): a migration of a large registry (an index built,
 * every row of a table rewritten) may take minutes, and cancelling it would keep the
 * application from starting. They go to the server and database of the pool, as its user,
 * with its other settings, for the embedded server and a configured one alike; Flyway
 * opens them and closes them when it is done.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

	/**
	 * The driver's settings of the pool that are limits meant for pages.
	 */
	static final Set<String> PAGE_LIMITS = Set.of("options", "socketTimeout");

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutPageTimeouts(DataSource dataSource) {
		return (configuration) -> {
			try {
				if (dataSource.isWrapperFor(HikariDataSource.class)
						&& dataSource.unwrap(HikariDataSource.class).getJdbcUrl() != null) {
					configuration.dataSource(withoutPageLimits(dataSource.unwrap(HikariDataSource.class)));
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The pool's settings could not be read", ex);
			}
		};
	}

	static DataSource withoutPageLimits(HikariDataSource pool) throws SQLException {
		PGSimpleDataSource direct = new PGSimpleDataSource();
		direct.setURL(pool.getJdbcUrl());
		direct.setUser(pool.getUsername());
		direct.setPassword(pool.getPassword());
		for (String name : pool.getDataSourceProperties().stringPropertyNames()) {
			if (!PAGE_LIMITS.contains(name)) {
				direct.setProperty(name, pool.getDataSourceProperties().getProperty(name));
			}
		}
		return direct;
	}

}
