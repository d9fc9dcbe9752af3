package org.bcua.registry.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.FileSystemUtils;

import org.bcua.registry.agreement.Agreement;
import org.bcua.registry.agreement.AgreementCriteria;
import org.bcua.registry.agreement.AgreementExport;
import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingExport;
import org.bcua.registry.person.Person;
import org.bcua.registry.person.PersonExport;
import org.bcua.registry.search.SearchIndexUpdated;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.source.Citation;
import org.bcua.registry.source.Source;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityCriteria;
import org.bcua.registry.university.UniversityExport;
import org.bcua.registry.university.UniversitySort;
import org.bcua.registry.web.ExportColumn;
import org.bcua.registry.web.TableWriter;

/**
 * The full dump of the public registry at {@code /data/registry.zip}: a CSV file per kind
 * of record (universities, people, positions, meetings, agreements, parties, sources),
 * one JSON file with all of them, a README.txt that describes every column and gives the
 * licence and the date, and SHA256SUMS with the checksum of each file. Only what the
 * public pages show: no draft or archived record, no person recorded with a draft only,
 * no account and no history of editors.
 * <p>
 * It is built on the first request after a write has committed (every write announces a
 * {@link RecordChanged}), into a temporary file that is served until the next write; one
 * build at a time, the other requests waiting for it.
 */
@Service
public class RegistryDump {

	/** The files of the dump, in the order of the zip, before SHA256SUMS. */
	static final List<String> TABLES = List.of("universities", "people", "positions", "meetings", "agreements",
			"parties", "sources");

	/** Names in the dump are in English where one language is chosen (lists of names). */
	private static final Locale LANGUAGE = Locale.ENGLISH;

	private final UniversityExport universities;

	private final PersonExport people;

	private final MeetingExport meetings;

	private final AgreementExport agreements;

	private final String site;

	/** Counts the writes; a dump built at an older count is outdated. */
	private final AtomicLong writes = new AtomicLong();

	private final Object building = new Object();

	private volatile @Nullable Built current;

	RegistryDump(UniversityExport universities, PersonExport people, MeetingExport meetings, AgreementExport agreements,
			@Value("${registry.site-url:}") String site) {
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
		this.agreements = agreements;
		this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
	}

	/**
	 * A dump built.
	 *
	 * @param file the zip
	 * @param etag its entity tag (a digest of its content, quoted)
	 * @param built when it was built (to the second, as Last-Modified says it)
	 * @param writes the count of writes it includes
	 */
	public record Built(Path file, String etag, Instant built, long writes) {

	}

	/**
	 * The current dump, built now if a write has committed since the last one was built
	 * (or none was).
	 */
	public Built current() {
		Built built = this.current;
		if (built != null && built.writes() == this.writes.get()) {
			return built;
		}
		synchronized (this.building) {
			built = this.current;
			long writes = this.writes.get();
			if (built != null && built.writes() == writes) {
				return built;
			}
			Built fresh = build(writes);
			this.current = fresh;
			if (built != null) {
				delete(built.file());
			}
			return fresh;
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged event) {
		this.writes.incrementAndGet();
	}

	/**
	 * Records written by another path than a save (by SQL, then indexed) change the dump
	 * too.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void searchIndexUpdated(SearchIndexUpdated event) {
		this.writes.incrementAndGet();
	}

	@PreDestroy
	void deleteFile() {
		Built built = this.current;
		if (built != null) {
			delete(built.file());
		}
	}

	private Built build(long writes) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Path directory = null;
		try {
			directory = Files.createTempDirectory("registry-dump");
			Map<String, Path> files = new LinkedHashMap<>();
			Path readme = directory.resolve("README.txt");
			Files.writeString(readme, readme(now));
			files.put("README.txt", readme);
			Path json = directory.resolve("registry.json");
			files.put("registry.json", json);
			for (String table : TABLES) {
				files.put(table + ".csv", directory.resolve(table + ".csv"));
			}
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json));
					JsonGenerator generator = TableWriter.jsonGenerator(out)) {
				generator.writeStartObject();
				generator.writeStringProperty("licence", "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)");
				generator.writeStringProperty("generated", now.toString());
				writeTables(directory, generator);
				generator.writeEndObject();
			}
			Path zip = Files.createTempFile("registry-dump", ".zip");
			String digest = zip(files, zip);
			return new Built(zip, "\"" + digest.substring(0, 32) + "\"", now, writes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (directory != null) {
				try {
					FileSystemUtils.deleteRecursively(directory);
				}
				catch (IOException ex) {
					// a temporary directory left behind; the next build makes another
				}
			}
		}
	}

	private void writeTables(Path directory, JsonGenerator json) throws IOException {
		Map<String, SourceRow> sources = new TreeMap<>();
		table(directory, json, "universities", this.universities.columns(this.site),
				(row, batchDone) -> this.universities.each(
						new UniversityCriteria(SearchQuery.of(null), null, null, null), UniversitySort.NAME, LANGUAGE,
						citing(row, University::getSources, sources), batchDone));
		table(directory, json, "people", this.people.columns(LANGUAGE, this.site),
				(row, batchDone) -> this.people.each(LANGUAGE, citing(row, Person::getSources, sources), batchDone));
		table(directory, json, "positions", this.people.positionColumns(LANGUAGE), (row, batchDone) -> this.people
			.each(LANGUAGE, (person) -> person.getPositions().forEach(row), batchDone));
		table(directory, json, "meetings", this.meetings.columns(LANGUAGE, this.site),
				(row, batchDone) -> this.meetings.each(citing(row, Meeting::getSources, sources), batchDone));
		AgreementCriteria all = new AgreementCriteria(SearchQuery.of(null), null, null, null, null, null, null);
		table(directory, json, "agreements", this.agreements.columns(LANGUAGE, this.site),
				(row, batchDone) -> this.agreements.each(all, citing(row, Agreement::getSources, sources), batchDone));
		table(directory, json, "parties", this.agreements.partyColumns(LANGUAGE), (row, batchDone) -> this.agreements
			.each(all, (agreement) -> agreement.getParties().forEach(row), batchDone));
		table(directory, json, "sources", SOURCE_COLUMNS, (row, batchDone) -> {
			sources.values().forEach(row);
			batchDone.run();
		});
	}

	/**
	 * Writes a table as a CSV file and as an array of the JSON file, in one pass.
	 */
	private static <T> void table(Path directory, JsonGenerator json, String name, List<ExportColumn<T>> columns,
			BiConsumer<Consumer<T>, Runnable> records) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(name + ".csv")));
				TableWriter<T> csv = TableWriter.csv(out, columns);
				TableWriter<T> array = TableWriter.jsonProperty(json, name, columns)) {
			records.accept((record) -> {
				csv.write(record);
				array.write(record);
			}, () -> {
				csv.flush();
				array.flush();
			});
		}
	}

	/**
	 * Passes each record on, keeping the sources it cites for the table of sources.
	 */
	private static <T> Consumer<T> citing(Consumer<T> row, Function<T, Set<Citation>> citations,
			Map<String, SourceRow> sources) {
		return (record) -> {
			for (Citation citation : citations.apply(record)) {
				Source source = citation.getSource();
				sources.computeIfAbsent(source.getUrl(), (url) -> new SourceRow(url, source.getTitle(),
						source.getPublisher(), source.getLanguage(), source.getPublished()));
			}
			row.accept(record);
		};
	}

	/**
	 * A source cited by a public record.
	 */
	record SourceRow(String url, @Nullable String title, @Nullable String publisher, @Nullable String language,
			@Nullable PartialDate published) {

	}

	private static final List<ExportColumn<SourceRow>> SOURCE_COLUMNS = List.of(ExportColumn.of("url", SourceRow::url),
			ExportColumn.of("title", SourceRow::title), ExportColumn.of("publisher", SourceRow::publisher),
			ExportColumn.of("language", SourceRow::language), ExportColumn.date("published", SourceRow::published));

	/**
	 * Writes the zip: the files, then SHA256SUMS with the checksum of each (as
	 * {@code sha256sum -c} reads it).
	 * @return the SHA-256 of the zip, in hex
	 */
	private static String zip(Map<String, Path> files, Path zip) throws IOException {
		MessageDigest whole = sha256();
		StringBuilder sums = new StringBuilder();
		try (ZipOutputStream out = new ZipOutputStream(
				new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)), whole),
				StandardCharsets.UTF_8)) {
			for (Map.Entry<String, Path> file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				MessageDigest digest = sha256();
				try (InputStream in = Files.newInputStream(file.getValue())) {
					byte[] buffer = new byte[64 * 1024];
					for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
						digest.update(buffer, 0, read);
						out.write(buffer, 0, read);
					}
				}
				out.closeEntry();
				sums.append(HexFormat.of().formatHex(digest.digest())).append("  ").append(file.getKey()).append('\n');
			}
			out.putNextEntry(new ZipEntry("SHA256SUMS"));
			out.write(sums.toString().getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return HexFormat.of().formatHex(whole.digest());
	}

	private String readme(Instant now) throws IOException {
		String text = new ClassPathResource("dump/README.txt").getContentAsString(StandardCharsets.UTF_8);
		return text.replace("{generated}", now.toString())
			.replace("{site}", this.site.isEmpty() ? "(the site's address)" : this.site)
			.replace("\n", "\r\n");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file left behind
		}
	}

}
