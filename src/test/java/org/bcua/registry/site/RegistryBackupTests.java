package org.bcua.registry.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.admin.AdminTest;
import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A backup taken while the registry runs, restored into a new database: every table (the
 * records, their history in the {@code *_aud} tables and {@code revinfo}, the accounts
 * and their password hashes, the search index) is there as it was when the backup was
 * taken, not as it became after; the sequences go on from where they were.
 */
@AdminTest
class RegistryBackupTests {

	private static final RequestPostProcessor EDITOR = user(AdminTest.ADMIN).roles("ADMIN");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ApplicationEventPublisher events;

	@TempDir
	private Path directory;

	@Test
	void aBackupRestoredIntoANewDatabaseHoldsEverythingAsItWasWhenItWasTaken() throws Exception {
		long id = this.jdbc.queryForObject("select id from university where slug = 'bsu'", Long.class);
		saveRegion(id, "Minsk, before the backup");
		Map<String, String> before = contents(this.jdbc);
		ByteArrayOutputStream backup = new ByteArrayOutputStream();
		int tables = RegistryBackup.write(this.dataSource, backup);
		assertThat(contents(this.jdbc)).as("nothing changed by taking it").isEqualTo(before);
		assertThat(tables).isEqualTo(before.size());
		saveRegion(id, "Minsk, after the backup");
		long revisions = this.jdbc.queryForObject("select count(*) from revinfo", Long.class);

		try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
			DataSource target = fresh.getPostgresDatabase();
			Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
			Path file = this.directory.resolve("registry.zip");
			Files.write(file, backup.toByteArray());
			// as at the start of a new registry with REGISTRY_RESTORE_FROM
			new RestoreAtStart(target, this.events, file.toString()).run(null);
			JdbcTemplate restored = new JdbcTemplate(target);
			assertThat(contents(restored)).isEqualTo(before);
			assertThat(restored.queryForObject("select region from university where id = ?", String.class, id))
				.isEqualTo("Minsk, before the backup");
			assertThat(restored.queryForObject("select count(*) from university_aud where id = ?", Long.class, id))
				.as("the history up to the backup")
				.isEqualTo(this.jdbc.queryForObject("select count(*) from university_aud where id = ?", Long.class, id)
						- 1);
			assertThat(restored.queryForList("select username || ' ' || password_hash from account order by 1",
					String.class))
				.isNotEmpty()
				.isEqualTo(this.jdbc.queryForList("select username || ' ' || password_hash from account order by 1",
						String.class));
			assertThat(restored.queryForObject("select count(*) from revinfo", Long.class)).isEqualTo(revisions - 1);
			long nextRevision = restored.queryForObject("select nextval(pg_get_serial_sequence('revinfo', 'rev'))",
					Long.class);
			assertThat(nextRevision).as("the sequences go on after the restored rows")
				.isGreaterThan(restored.queryForObject("select max(rev) from revinfo", Long.class));

			byte[] cut = Arrays.copyOf(backup.toByteArray(), backup.size() * 2 / 3);
			assertThatException().isThrownBy(() -> RegistryBackup.restore(target, new ByteArrayInputStream(cut)));
			assertThat(contents(restored)).as("a backup cut short changes nothing").isEqualTo(before);
		}
	}

	@Test
	void aBackupIsRestoredAtStartOnlyIntoANewDatabase() throws Exception {
		Path file = this.directory.resolve("backup.zip");
		try (var output = Files.newOutputStream(file)) {
			RegistryBackup.write(this.dataSource, output);
		}
		RestoreAtStart restore = new RestoreAtStart(this.dataSource, this.events, file.toString());
		assertThatIllegalStateException().isThrownBy(() -> restore.run(null))
			.withMessageContaining("the database is not new");
	}

	/**
	 * Every table's rows (Flyway's history aside), as a count and a digest of their text.
	 */
	private static Map<String, String> contents(JdbcTemplate jdbc) {
		Map<String, String> contents = new LinkedHashMap<>();
		List<String> tables = jdbc.queryForList("""
				select relname from pg_class where relnamespace = current_schema()::regnamespace
				and relkind in ('r', 'p') and not relispartition and relname <> 'flyway_schema_history'
				order by 1""", String.class);
		for (String table : tables) {
			contents.put(table, jdbc.queryForObject("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
					+ "E'\\n' order by t::text)), '') from \"" + table + "\" t", String.class));
		}
		return contents;
	}

	private void saveRegion(long id, String region) throws Exception {
		Map<String, String> form = PostedForms.formOf(Jsoup.parse(this.mvc.get()
			.uri("/admin/universities/" + id)
			.with(EDITOR)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)));
		form.put("region", region);
		assertThat(PostedForms.post(this.mvc, "/admin/universities/" + id, form, "save", EDITOR))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select region from university where id = ?", String.class, id))
			.isEqualTo(region);
	}

}
