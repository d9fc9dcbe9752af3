package org.bcua.registry.site;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.bcua.registry.search.SearchIndexUpdated;

/**
 * Restores a backup ({@link RegistryBackup}) when the registry starts with
 * {@code REGISTRY_RESTORE_FROM} (the file), on a new database: after the migrations and
 * before anything else runs (the first administrator is not created, the backup brings
 * the accounts). A database that has been used (it has an account) is never overwritten:
 * the start fails instead, saying so. Once restored, the registry serves the backup's
 * data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestoreAtStart implements ApplicationRunner {

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final @Nullable Path from;

	RestoreAtStart(DataSource dataSource, ApplicationEventPublisher events,
			@Value("${registry.restore-from:}") @Nullable String from) {
		this.dataSource = dataSource;
		this.events = events;
		this.from = (from == null || from.isBlank()) ? null : Path.of(from);
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (this.from == null) {
			return;
		}
		Boolean used = new JdbcTemplate(this.dataSource).queryForObject("select exists (select 1 from account)",
				Boolean.class);
		if (Boolean.TRUE.equals(used)) {
			throw new IllegalStateException("REGISTRY_RESTORE_FROM is set, but the database is not new (it has "
					+ "accounts): a backup is restored only into a new data directory or an empty database. "
					+ "Start without REGISTRY_RESTORE_FROM to use this database.");
		}
		try (InputStream input = Files.newInputStream(this.from)) {
			RegistryBackup.restore(this.dataSource, input);
		}
		// pages, counts and the dump made from what the migrations had loaded are dropped
		this.events.publishEvent(new SearchIndexUpdated(0));
	}

}
