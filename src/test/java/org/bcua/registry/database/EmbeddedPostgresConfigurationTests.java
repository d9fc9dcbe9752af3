package org.bcua.registry.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data across restarts, and survives the application
 * being killed hard.
 */
class EmbeddedPostgresConfigurationTests {

	private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	@TempDir
	Path dataDirectory;

	@Test
	void aRestartKeepsWhatWasStored() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDirectory, 0, null, null, null);
		try (EmbeddedPostgres first = this.configuration.embeddedPostgres(properties)) {
			execute(first, properties, "create table kept (id int)", "insert into kept values (1)");
		}
		try (EmbeddedPostgres second = this.configuration.embeddedPostgres(properties)) {
			assertThat(count(second, properties, "select count(*) from kept")).isEqualTo(1);
			assertThat(count(second, properties,
					"select count(*) from pg_settings where name in "
							+ "('fsync', 'synchronous_commit') and setting = 'on'"))
				.as("durable settings for data meant to last")
				.isEqualTo(2);
			assertThat(count(second, properties,
					"select count(*) from pg_settings where name = 'shared_buffers' "
							+ "and cast(setting as bigint) * 8192 = 256 * 1024 * 1024"))
				.as("a cache of 256 MB by default")
				.isEqualTo(1);
		}
	}

	@Test
	void startsAfterTheApplicationWasKilledHardWithoutLosingCommittedData() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDirectory, 0, null, null, null);
		Process application = startAndKeepRunning(this.dataDirectory);
		application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		Optional<ProcessHandle> orphan = StalePostmaster.find(this.dataDirectory);
		assertThat(orphan).as("the killed application's PostgreSQL is still running").isPresent();

		try (EmbeddedPostgres restarted = this.configuration.embeddedPostgres(properties)) {
			assertThat(count(restarted, properties, "select count(*) from committed")).isEqualTo(1);
		}
		assertThat(orphan.get().isAlive()).isFalse();
	}

	private static Process startAndKeepRunning(Path dataDirectory) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				KilledApplication.class.getName(), dataDirectory.toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				if (line.equals(KilledApplication.READY)) {
					return process;
				}
			}
		}
		throw new IllegalStateException("The application to kill did not start: exit " + process.waitFor());
	}

	private void execute(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties, String... statements)
			throws SQLException {
		try (HikariDataSource dataSource = (HikariDataSource) this.configuration.dataSource(postgres, properties);
				Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private long count(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties, String sql)
			throws SQLException {
		DataSource dataSource = this.configuration.dataSource(postgres, properties);
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
		finally {
			((HikariDataSource) dataSource).close();
		}
	}

	/**
	 * Stands in for the application in its own JVM: starts the embedded server on a data
	 * directory, commits a row and waits to be killed.
	 */
	static final class KilledApplication {

		static final String READY = "ready";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(new File(args[0]).toPath(), 0, null,
					null, null);
			EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
			EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
			try (HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(postgres, properties);
					Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create table committed (id int)");
				statement.execute("insert into committed values (1)");
			}
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}

	}

}
