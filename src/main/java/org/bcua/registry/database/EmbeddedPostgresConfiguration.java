package org.bcua.registry.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 and points the application's data source at it, unless
 * {@code spring.datasource.url} is set, in which case Spring Boot connects to that server
 * and nothing starts here. Public so that test slices can import it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/**
	 * The hold on the data directory, taken before anything else touches it and released
	 * after the server has stopped (the server depends on it, so it is closed first).
	 * @throws DataDirectoryInUseException when another running application holds it
	 */
	@Bean(destroyMethod = "close")
	DataDirectoryLock dataDirectoryLock(EmbeddedDatabaseProperties properties) throws IOException {
		return DataDirectoryLock.acquire(properties.dataDirectory());
	}

	/**
	 * Starts the server on the directory held by {@code lock}, or on a temporary cluster
	 * when it holds none. Being the only holder, it may shut down a server found running
	 * on the directory: that one was left over by a holder that died.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataDirectoryLock lock)
			throws IOException, SQLException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(properties.port())
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("locale", properties.locale())
			.setServerConfig("shared_buffers", properties.sharedBuffers());
		Path directory = lock.dataDirectory();
		if (directory != null) {
			Files.createDirectories(directory);
			StalePostmaster.stopIfRunning(directory);
			// the library runs PostgreSQL for throwaway test clusters (fsync and
			// synchronous commit off); data meant to last gets the server's durable
			// defaults back
			builder.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
			logger.info("Embedded PostgreSQL keeps its data in {}", directory);
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres, properties.databaseName());
		return postgres;
	}

	/**
	 * The pool of connections to the embedded server. It takes the same
	 * {@code spring.datasource.hikari.*} settings as a pool Spring Boot makes for a
	 * configured server (the timeouts of application.properties among them), and is
	 * measured like it ({@code hikaricp_*} metrics).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.databaseName()));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("registry-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			try (PreparedStatement exists = connection
				.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, name);
				try (ResultSet result = exists.executeQuery()) {
					if (result.next()) {
						return;
					}
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
			}
			logger.info("Created database {}", name);
		}
	}

}
