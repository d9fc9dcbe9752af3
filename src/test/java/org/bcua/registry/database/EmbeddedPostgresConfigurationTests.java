package org.bcua.registry.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.bcua.registry.RegistryApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL keeps its data across restarts, survives the application being
 * killed hard, and belongs to one running application at a time.
 */
class EmbeddedPostgresConfigurationTests {

	private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	@TempDir
	Path home;

	/**
	 * Inside the temporary directory, so that the lock file beside it goes away with it.
	 */
	private Path dataDirectory;

	@BeforeEach
	void dataDirectory() {
		this.dataDirectory = this.home.resolve("pgdata");
	}

	@Test
	void aRestartKeepsWhatWasStored() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDirectory, 0, null, null, null);
		try (DataDirectoryLock lock = DataDirectoryLock.acquire(this.dataDirectory);
				EmbeddedPostgres first = this.configuration.embeddedPostgres(properties, lock)) {
			execute(first, properties, "create table kept (id int)", "insert into kept values (1)");
		}
		try (DataDirectoryLock lock = DataDirectoryLock.acquire(this.dataDirectory);
				EmbeddedPostgres second = this.configuration.embeddedPostgres(properties, lock)) {
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
		assertThatExceptionOfType(DataDirectoryInUseException.class).as("the running application holds the directory")
			.isThrownBy(() -> DataDirectoryLock.acquire(this.dataDirectory))
			.satisfies((ex) -> assertThat(ex.getPid()).isEqualTo(Long.toString(application.pid())));
		application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		Optional<ProcessHandle> orphan = StalePostmaster.find(this.dataDirectory);
		assertThat(orphan).as("the killed application's PostgreSQL is still running").isPresent();

		try (DataDirectoryLock lock = DataDirectoryLock.acquire(this.dataDirectory);
				EmbeddedPostgres restarted = this.configuration.embeddedPostgres(properties, lock)) {
			assertThat(count(restarted, properties, "select count(*) from committed")).isEqualTo(1);
		}
		assertThat(orphan.get().isAlive()).isFalse();
	}

	/**
	 * A crash of everything (the application's JVM and its PostgreSQL killed with
	 * SIGKILL, as by a power cut) in the middle of a burst of saves, each a transaction
	 * of several rows: after a restart on the same data directory, every save that was
	 * acknowledged is there, and no save is there in part.
	 */
	@Test
	void aCrashDuringABurstOfSavesKeepsEveryAcknowledgedSaveWhole() throws Exception {
		Process application = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
				SavingApplication.class.getName(), this.dataDirectory.toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		int acknowledged = 0;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (acknowledged < 200 && (line = output.readLine()) != null) {
				acknowledged = saved(line, acknowledged);
			}
			assertThat(acknowledged).as("saves before the crash").isEqualTo(200);
			// PostgreSQL's immediate stop (SIGQUIT): every server process quits at once,
			// without a
			// checkpoint, as in a crash, so the next start must recover from the WAL; it
			// still
			// removes its pid file, which SIGKILL would leave to a process no init reaps
			// here
			ProcessHandle postmaster = StalePostmaster.find(this.dataDirectory).orElseThrow();
			new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).start().waitFor();
			// through its handle: Process.destroyForcibly would close its output, not yet
			// all read
			application.toHandle().destroyForcibly();
			application.waitFor(30, TimeUnit.SECONDS);
			while ((line = output.readLine()) != null) {
				acknowledged = saved(line, acknowledged);
			}
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (Files.exists(this.dataDirectory.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dataDirectory, 0, null, null, null);
		try (DataDirectoryLock lock = DataDirectoryLock.acquire(this.dataDirectory);
				EmbeddedPostgres restarted = this.configuration.embeddedPostgres(properties, lock)) {
			assertThat(count(restarted, properties, "select count(*) from saved where id <= " + acknowledged))
				.as("every acknowledged save")
				.isEqualTo(acknowledged);
			assertThat(count(restarted, properties,
					"select count(*) from saved s where (select count(*) from saved_line l where l.saved_id = s.id) <> 3"))
				.as("saves there in part")
				.isZero();
		}
	}

	@Test
	void aSecondStartOnADirectoryInUseStopsAtOnceAndLeavesTheFirstRunning() throws Exception {
		try (ConfigurableApplicationContext first = new SpringApplication(RegistryApplication.class)
			.run("--registry.database.embedded.data-directory=" + this.dataDirectory, "--server.port=0")) {
			ProcessHandle postgres = StalePostmaster.find(this.dataDirectory).orElseThrow();
			String port = first.getEnvironment().getProperty("local.server.port");

			Path log = this.home.resolve("second.log");
			Process second = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
					"-Duser.home=" + this.home.resolve("second-home"), "-cp", System.getProperty("java.class.path"),
					RegistryApplication.class.getName(),
					"--registry.database.embedded.data-directory=" + this.dataDirectory, "--server.port=0")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			try {
				assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second start stops by itself at once")
					.isTrue();
			}
			finally {
				second.destroyForcibly();
			}
			String output = Files.readString(log);
			assertThat(second.exitValue()).as(output).isNotZero();
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("The data directory " + this.dataDirectory + " is in use")
				.contains("process " + ProcessHandle.current().pid())
				.doesNotContain("Embedded PostgreSQL keeps its data")
				.doesNotContain("\tat org.bcua");

			assertThat(postgres.isAlive()).as("the first application's PostgreSQL").isTrue();
			assertThat(StalePostmaster.find(this.dataDirectory)).contains(postgres);
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/universities")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("/universities/bsu");
		}
		try (DataDirectoryLock lock = DataDirectoryLock.acquire(this.dataDirectory)) {
			assertThat(lock.dataDirectory()).as("released when the application stops").isEqualTo(this.dataDirectory);
		}
	}

	/**
	 * The save a line of the saving application's output acknowledges, or the last one.
	 */
	private static int saved(String line, int last) {
		return line.startsWith(SavingApplication.SAVED)
				? Integer.parseInt(line.substring(SavingApplication.SAVED.length())) : last;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static Process startAndKeepRunning(Path dataDirectory) throws Exception {
		Process process = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
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
			EmbeddedPostgres postgres = configuration.embeddedPostgres(properties,
					DataDirectoryLock.acquire(properties.dataDirectory()));
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

	/**
	 * Stands in for the application saving without pause: each save is a transaction of a
	 * row and its three lines, and its number is printed once committed (the editor's
	 * "saved").
	 */
	static final class SavingApplication {

		static final String SAVED = "saved ";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(new File(args[0]).toPath(), 0, null,
					null, null);
			EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
			EmbeddedPostgres postgres = configuration.embeddedPostgres(properties,
					DataDirectoryLock.acquire(properties.dataDirectory()));
			try (HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(postgres, properties);
					Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create table saved (id int primary key, payload text not null)");
				statement.execute("create table saved_line (saved_id int not null references saved, line int not null, "
						+ "payload text not null)");
				connection.setAutoCommit(false);
				for (int id = 1;; id++) {
					statement.execute("insert into saved values (" + id + ", repeat('x', 2000))");
					statement.execute("insert into saved_line select " + id + ", n, repeat('y', 2000) "
							+ "from generate_series(1, 3) n");
					connection.commit();
					System.out.println(SAVED + id);
					System.out.flush();
				}
			}
		}

	}

}
