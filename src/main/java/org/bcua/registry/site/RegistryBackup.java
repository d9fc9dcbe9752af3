package org.bcua.registry.site;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup of the whole database written by the application, for servers that come
 * without {@code pg_dump} (the embedded one): every table of the schema but Flyway's
 * history, copied with PostgreSQL's {@code COPY ... TO STDOUT} in one read-only
 * {@code REPEATABLE READ} transaction, so that the copy is consistent (one snapshot, as
 * {@code pg_dump} takes) while the registry goes on serving and saving; with the values
 * of the sequences and the schema version (the last Flyway migration) it was taken at.
 * <p>
 * The file is a ZIP: {@code backup.properties} (format, schema version, time, tables in
 * the order to load them, sequences), and {@code tables/
 *
<table>
 * .copy} in COPY's text format.
 * <p>
 * A backup is restored into a database migrated to the same schema version (a fresh data
 * directory or an empty database, after the application's first start has run Flyway): in
 * one transaction, every table is emptied and loaded, parents before the tables that
 * refer to them, and the sequences are set; either all of it is restored or nothing.
 */
public final class RegistryBackup {

	private static final Logger logger = LoggerFactory.getLogger(RegistryBackup.class);

	/** The version of the file's layout. */
	static final String FORMAT = "1";

	private static final String MANIFEST = "backup.properties";

	private static final String TABLES = "tables/";

	private static final Executor DIRECT = Runnable::run;

	private RegistryBackup() {
	}

	/**
	 * Writes a backup of the database to {@code output} (closed when done).
	 * @return the number of tables written
	 */
	public static int write(DataSource dataSource, OutputStream output) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			int isolation = connection.getTransactionIsolation();
			int networkTimeout = connection.getNetworkTimeout();
			try {
				connection.setAutoCommit(false);
				connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				connection.setReadOnly(true);
				// a large table takes longer to copy than the pool's limits on a
				// statement
				connection.setNetworkTimeout(DIRECT, 0);
				execute(connection, "set local statement_timeout = 0");
				int tables = write(connection, output);
				connection.commit();
				return tables;
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setReadOnly(false);
				connection.setTransactionIsolation(isolation);
				connection.setAutoCommit(autoCommit);
				connection.setNetworkTimeout(DIRECT, networkTimeout);
			}
		}
	}

	private static int write(Connection connection, OutputStream output) throws SQLException, IOException {
		List<String> tables = loadOrder(connection);
		Map<String, String> sequences = new LinkedHashMap<>();
		for (String sequence : strings(connection,
				"select sequencename from pg_sequences where schemaname = current_schema() order by 1")) {
			try (Statement statement = connection.createStatement();
					ResultSet value = statement.executeQuery("select last_value, is_called from " + quote(sequence))) {
				value.next();
				sequences.put(sequence, value.getLong(1) + " " + value.getBoolean(2));
			}
		}
		Properties manifest = new Properties();
		manifest.setProperty("format", FORMAT);
		manifest.setProperty("schema-version", schemaVersion(connection));
		manifest.setProperty("taken-at", Instant.now().toString());
		manifest.setProperty("tables", String.join(",", tables));
		sequences.forEach((name, value) -> manifest.setProperty("sequence." + name, value));
		Map<String, String> columns = new LinkedHashMap<>();
		for (String table : tables) {
			columns.put(table, columns(connection, table));
			manifest.setProperty("columns." + table, columns.get(table));
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try (ZipOutputStream zip = new ZipOutputStream(output)) {
			zip.putNextEntry(new ZipEntry(MANIFEST));
			StringWriter text = new StringWriter();
			manifest.store(text, "BCUA registry backup");
			zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
			zip.closeEntry();
			for (String table : tables) {
				zip.putNextEntry(new ZipEntry(TABLES + table + ".copy"));
				copy.copyOut("copy (select " + columns.get(table) + " from " + quote(table) + ") to stdout",
						new FilterOutputStream(zip) {

							@Override
							public void write(byte[] bytes, int offset, int length) throws IOException {
								this.out.write(bytes, offset, length);
							}

							@Override
							public void close() {
								// the entry is closed by the zip, not by the copy
							}

						});
				zip.closeEntry();
			}
		}
		logger.info("Backup written: {} tables at schema version {}", tables.size(),
				manifest.getProperty("schema-version"));
		return tables.size();
	}

	/**
	 * Replaces everything in the database by the backup read from {@code input}, in one
	 * transaction.
	 * @throws IllegalStateException when the backup is of another format or schema
	 * version than the database, or names a table the database has not
	 */
	public static void restore(DataSource dataSource, InputStream input) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			int networkTimeout = connection.getNetworkTimeout();
			try {
				connection.setAutoCommit(false);
				connection.setNetworkTimeout(DIRECT, 0);
				execute(connection, "set local statement_timeout = 0");
				restore(connection, input);
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
				connection.setNetworkTimeout(DIRECT, networkTimeout);
			}
		}
	}

	private static void restore(Connection connection, InputStream input) throws SQLException, IOException {
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try (ZipInputStream zip = new ZipInputStream(input)) {
			ZipEntry entry = zip.getNextEntry();
			if (entry == null || !entry.getName().equals(MANIFEST)) {
				throw new IllegalStateException("Not a registry backup: it does not begin with " + MANIFEST);
			}
			Properties manifest = new Properties();
			manifest.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1)));
			if (!FORMAT.equals(manifest.getProperty("format"))) {
				throw new IllegalStateException("A backup of format " + manifest.getProperty("format")
						+ " cannot be read by this version, which reads format " + FORMAT);
			}
			String version = schemaVersion(connection);
			if (!version.equals(manifest.getProperty("schema-version"))) {
				throw new IllegalStateException("The backup is of schema version "
						+ manifest.getProperty("schema-version") + " and the database of " + version
						+ ": restore it with the version of the registry that wrote it, then upgrade");
			}
			Set<String> known = new LinkedHashSet<>(loadOrder(connection));
			List<String> tables = List.of(manifest.getProperty("tables").split(","));
			for (String table : tables) {
				if (!known.contains(table)) {
					throw new IllegalStateException("The backup has a table the database has not: " + table);
				}
			}
			List<String> quoted = new ArrayList<>();
			known.forEach((table) -> quoted.add(quote(table)));
			execute(connection, "truncate table " + String.join(", ", quoted));
			Map<String, Long> loaded = new LinkedHashMap<>();
			for (entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String table = entry.getName().substring(TABLES.length(), entry.getName().length() - ".copy".length());
				if (!entry.getName().startsWith(TABLES) || !known.contains(table)) {
					throw new IllegalStateException("Unexpected entry in the backup: " + entry.getName());
				}
				String columns = columns(connection, table);
				if (!columns.equals(manifest.getProperty("columns." + table))) {
					throw new IllegalStateException("The backup's columns of " + table + " are not the database's");
				}
				loaded.put(table, copy.copyIn("copy " + quote(table) + " (" + columns + ") from stdin",
						new FilterInputStream(zip) {

							@Override
							public void close() {
								// the next entry is read from the same zip
							}

						}));
			}
			if (!loaded.keySet().equals(new LinkedHashSet<>(tables))) {
				throw new IllegalStateException(
						"The backup is incomplete: it lists " + tables + " but holds " + loaded.keySet());
			}
			for (String name : manifest.stringPropertyNames()) {
				if (name.startsWith("sequence.")) {
					String[] value = manifest.getProperty(name).split(" ");
					try (PreparedStatement set = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
						set.setString(1, quote(name.substring("sequence.".length())));
						set.setLong(2, Long.parseLong(value[0]));
						set.setBoolean(3, Boolean.parseBoolean(value[1]));
						set.execute();
					}
				}
			}
			logger.info("Backup taken at {} restored: {} tables, {} rows", manifest.getProperty("taken-at"),
					loaded.size(), loaded.values().stream().mapToLong(Long::longValue).sum());
		}
	}

	/**
	 * Every table of the schema but Flyway's history, each after the tables it refers to
	 * (a table referring to itself is loaded in one statement, which checks its
	 * references at the end).
	 */
	private static List<String> loadOrder(Connection connection) throws SQLException {
		List<String> tables = strings(connection, """
				select relname from pg_class
				where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p')
				and not relispartition and relname <> 'flyway_schema_history'
				order by relname""");
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		tables.forEach((table) -> parents.put(table, new LinkedHashSet<>()));
		try (Statement statement = connection.createStatement(); ResultSet references = statement.executeQuery("""
				select child.relname, parent.relname from pg_constraint c
				join pg_class child on child.oid = c.conrelid
				join pg_class parent on parent.oid = c.confrelid
				where c.contype = 'f' and child.relnamespace = current_schema()::regnamespace""")) {
			while (references.next()) {
				String child = references.getString(1);
				String parent = references.getString(2);
				if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
					parents.get(child).add(parent);
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < tables.size()) {
			boolean progress = false;
			for (String table : tables) {
				if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
					ordered.add(table);
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("Tables refer to each other in a cycle: " + parents);
			}
		}
		return ordered;
	}

	/**
	 * The columns of a table that hold values, quoted: those PostgreSQL computes
	 * ({@code generated always as}) are computed again when loaded.
	 */
	private static String columns(Connection connection, String table) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select attname from pg_attribute
				where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''
				order by attnum""")) {
			statement.setString(1, quote(table));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					names.add(quote(result.getString(1)));
				}
			}
		}
		return String.join(", ", names);
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		List<String> versions = strings(connection, """
				select version from flyway_schema_history
				where success and version is not null order by installed_rank desc limit 1""");
		if (versions.isEmpty()) {
			throw new IllegalStateException("The database has no schema yet: start the registry on it once first");
		}
		return versions.get(0);
	}

	private static List<String> strings(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
