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

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(properties.port())
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("locale", properties.locale())
			.setServerConfig("shared_buffers", properties.sharedBuffers());
		Path dataDirectory = properties.dataDirectory();
		if (dataDirectory != null) {
			Path directory = dataDirectory.toAbsolutePath();
			Files.createDirectories(directory);
			StalePostmaster.stopIfRunning(directory);
			// the library runs PostgreSQL for throwaway test clusters (fsync and
			// synchronous
			// commit off); data meant to last gets the server's durable defaults back
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

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
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
