package org.bcua.registry.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server.
 *
 * @param dataDirectory where the cluster lives; kept across restarts. {@code null} means
 * a fresh temporary cluster that is deleted when the application stops (used by tests)
 * @param port the port to listen on; {@code 0} picks a free one at each start
 * @param databaseName the database the registry uses inside the cluster
 * @param locale the locale given to {@code initdb} when the cluster is created; it must
 * be a UTF-8 locale so that text search treats Cyrillic and Chinese letters as letters
 * @param sharedBuffers the server's own cache of table and index pages
 * ({@code shared_buffers}); PostgreSQL's default of 128 MB holds the registry of today
 * many times over but not the indexes of a registry of 100,000 agreements
 */
@ConfigurationProperties("registry.database.embedded")
public record EmbeddedDatabaseProperties(@Nullable Path dataDirectory, int port, @Nullable String databaseName,
		@Nullable String locale, @Nullable String sharedBuffers) {

	public EmbeddedDatabaseProperties {
		dataDirectory = (dataDirectory == null || dataDirectory.toString().isBlank()) ? null : dataDirectory;
		databaseName = (databaseName == null || databaseName.isBlank()) ? "registry" : databaseName;
		locale = (locale == null || locale.isBlank()) ? "C.UTF-8" : locale;
		sharedBuffers = (sharedBuffers == null || sharedBuffers.isBlank()) ? "256MB" : sharedBuffers;
	}

}
