package org.bcua.registry.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.bcua.registry.agreement.AgreementCriteria;
import org.bcua.registry.agreement.AgreementFacets;
import org.bcua.registry.agreement.AgreementListing;
import org.bcua.registry.search.SearchIndex;
import org.bcua.registry.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures how fast the search and the faceted lists answer with a registry far larger
 * than today's: {@value #UNIVERSITIES} universities and {@value #AGREEMENTS} agreements
 * of {@link SyntheticData}, loaded into the fresh embedded database of this test context
 * (never the application's own), on top of the real data, then indexed.
 * <p>
 * Each page is requested over HTTP from the running application, {@value #REQUESTS} times
 * with varied queries and filters after a warm-up, and the 50th and 95th percentiles are
 * printed, with the slowest requests; then the CSV export of every agreement is
 * downloaded once (time to the first byte and to the end, size, heap). Tagged
 * {@code benchmark}, so {@code ./mvnw verify} leaves it out; run it with
 * {@code ./mvnw -B test -Pbenchmark}. To measure again without generating the data again,
 * keep the database in a directory of your choice:
 * {@code ./mvnw -B test -Pbenchmark -Dbenchmark.data-directory=/tmp/registry-benchmark}
 * (the data is generated when that database has none yet).
 */
@Tag("benchmark")
// generating 100,000 agreements takes statements of tens of seconds: none of the timeouts
// the application gives a page (application.properties)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.database.embedded.data-directory=${benchmark.data-directory:}",
				"spring.datasource.hikari.data-source-properties.socketTimeout=0",
				"spring.datasource.hikari.data-source-properties.options=",
				// one client sends every request of the benchmark: the API's limit per
				// client is off
				"registry.api.rate-limit.enabled=false" })
class SearchBenchmarkTests {

	static final int UNIVERSITIES = 10_000;

	static final int AGREEMENTS = 100_000;

	static final int REQUESTS = 200;

	static final int WARM_UP = 40;

	private static final List<String> QUERIES = List.of("Dalian", "dalian univ", "DUT", "大连", "大连理工", "Далянь",
			"Даляньский политехнический", "Dalain", "BSUIR", "bsuir", "БГУИР", "Bogush", "Богуш", "Xiang", "项昌乐",
			"Minsk", "Мінск", "Минск", "Harbin medical", "哈尔滨", "Чэнду", "Shenyang transport", "pedagog", "Wang Wei",
			"王伟", "Коваленко", "Gomle", "university", "agreement", "memorandum", "joint laboratory",
			"artificial intelligence", "Xi'an", "西安交通", "Brest State Technical", "Belt and Road", "maritime 17",
			"Zhejiang", "Polotsk", "qqqxxzzz", "mater", "技术", "Ханчжоу", "tian", "Baranovichi linguistic");

	private static final List<String> UNIVERSITY_LISTS = List.of("", "country=CN", "country=BY",
			"country=CN&region=Liaoning", "membership=MEMBER", "membership=PARTICIPANT&country=BY",
			"region=Jiangsu&membership=NONE", "sort=CITY", "sort=FOUNDED&country=CN", "q=technical", "q=Dalian",
			"q=大连&region=Liaoning", "q=Минск&membership=MEMBER", "q=medical&country=BY&sort=CITY");

	private static final List<String> AGREEMENT_LISTS = List.of("", "kind=MEMORANDUM", "year=2019",
			"kind=COOPERATION_AGREEMENT&year=2021", "status=IN_FORCE", "country=RU", "country=BY&status=EXPIRED",
			"area=innovation", "area=cluster-life-sciences&kind=MEMORANDUM", "university=dut", "q=Dalian",
			"q=大连&kind=MEMORANDUM", "q=Minsk&year=2015", "q=student exchange&country=CN", "q=joint laboratory",
			"kind=DECLARATION&status=SIGNED&country=CN&year=2010");

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private SearchIndex index;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	private AgreementFacets facets;

	@Autowired
	private AgreementListing listing;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void searchAndFacetedListsAnswerFastWithALargeRegistry() throws Exception {
		String directory = System.getProperty("benchmark.data-directory", "");
		assertThat(directory.isEmpty() || !java.nio.file.Path.of(directory)
			.toAbsolutePath()
			.normalize()
			.equals(java.nio.file.Path.of(System.getProperty("user.home"), ".bcua-registry", "pgdata")))
			.as("synthetic data never goes into the application's own database")
			.isTrue();
		if (SyntheticData.count(this.dataSource) == 0) {
			long start = System.nanoTime();
			SyntheticData.Counts counts = SyntheticData.load(this.dataSource, UNIVERSITIES, AGREEMENTS, 20251128L);
			long loaded = System.nanoTime();
			this.facets.rebuild();
			int indexed = this.index.rebuild();
			long done = System.nanoTime();
			try (var connection = this.dataSource.getConnection(); var statement = connection.createStatement()) {
				// the bulk load and the rebuild rewrote each facet and index entry:
				// compact
				// them, as a database grown by everyday writes would be
				statement.execute("vacuum full agreement_facet");
				statement.execute("vacuum full search_entry");
				statement.execute("vacuum analyze");
			}
			System.out.printf(Locale.ROOT,
					"%nSynthetic data: %d universities, %d people, %d agreements, %d meetings "
							+ "written in %.1f s; %d index entries written in %.1f s%n",
					counts.universities(), counts.people(), counts.agreements(), counts.meetings(),
					seconds(loaded - start), indexed, seconds(done - loaded));
			assertThat(indexed).isGreaterThanOrEqualTo(UNIVERSITIES + AGREEMENTS);
		}
		assertThat(SyntheticData.count(this.dataSource)).isEqualTo(UNIVERSITIES + AGREEMENTS);

		String before = loadAverage();
		Random random = new Random(42);
		List<Result> results = new ArrayList<>();
		results.add(measure("search page", () -> "/search?q=" + encode(pick(QUERIES, random))));
		results.add(measure("search suggestions",
				() -> "/search/suggest?q=" + encode(prefix(pick(QUERIES, random), random))));
		results.add(measure("universities list",
				() -> "/universities?" + pageOf(pick(UNIVERSITY_LISTS, random), random, 5)));
		results
			.add(measure("agreements list", () -> "/agreements?" + pageOf(pick(AGREEMENT_LISTS, random), random, 50)));
		results.add(measure("api agreements list",
				() -> "/api/v1/agreements?" + pageOf(pick(AGREEMENT_LISTS, random), random, 50)));
		List<String> agreementSlugs = this.jdbc.queryForList("""
				select slug from agreement where publication = 'PUBLISHED' and archived_at is null
				order by md5(slug) limit 500""", String.class);
		results.add(measure("api agreement", () -> "/api/v1/agreements/" + pick(agreementSlugs, random)));
		List<String> universitySlugs = this.jdbc.queryForList(
				"select slug from university where archived_at is null order by md5(slug) limit 500", String.class);
		results.add(measure("api university", () -> "/api/v1/universities/" + pick(universitySlugs, random)));
		System.out.println();
		System.out.printf(Locale.ROOT, "Load average before and after the measurements: %s / %s (%d processors)%n",
				before, loadAverage(), Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-20s %8s %8s %8s %8s  (ms over %d requests after %d warm-up)%n", "page", "p50",
				"p95", "p99", "max", REQUESTS, WARM_UP);
		for (Result result : results) {
			System.out.printf(Locale.ROOT, "%-20s %8.1f %8.1f %8.1f %8.1f%n", result.name(), result.percentile(50),
					result.percentile(95), result.percentile(99), result.percentile(100));
		}
		System.out.println();
		System.out.println("The slowest requests of each page:");
		for (Result result : results) {
			result.slowest(5)
				.forEach((request) -> System.out.printf(Locale.ROOT, "%-20s %8.1f  %s%n", result.name(),
						request.millis(), URLDecoder.decode(request.url(), StandardCharsets.UTF_8)));
		}
		System.out.println();
		measureExport();
		measureDump();
	}

	/**
	 * Downloads the full dump twice: the first request after the data changed builds it,
	 * the second gets the kept file.
	 */
	private void measureDump() throws IOException, InterruptedException {
		for (String which : new String[] { "built", "kept" }) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/data/registry.zip"))
				.timeout(Duration.ofMinutes(20))
				.build();
			long start = System.nanoTime();
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			double seconds = (System.nanoTime() - start) / 1e9;
			assertThat(response.statusCode()).isEqualTo(200);
			System.out.printf(Locale.ROOT, "Dump /data/registry.zip (%s): %.1f s, %.1f MB%n", which, seconds,
					response.body().length / 1e6);
		}
	}

	/**
	 * Downloads {@code /agreements.csv} with every agreement (the export streams them in
	 * batches) and prints the time to its first byte and to its end, its size, and the
	 * heap the whole process (application and client) used before, at most during and
	 * after it.
	 */
	private void measureExport() throws IOException, InterruptedException {
		AgreementCriteria all = new AgreementCriteria(SearchQuery.of(null), null, null, null, null, null, null);
		long idsStart = System.nanoTime();
		int agreements = this.listing.ids(all).size();
		double idsMillis = (System.nanoTime() - idsStart) / 1_000_000.0;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		memory.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long heapMax = heapBefore;
		List<Long> heapLive = new ArrayList<>();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/agreements.csv"))
			.header("Accept-Language", "en")
			.timeout(Duration.ofMinutes(10))
			.build();
		long start = System.nanoTime();
		HttpResponse<java.io.InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		long bytes = 0;
		long lines = 0;
		double firstByte = -1;
		byte[] buffer = new byte[64 * 1024];
		try (java.io.InputStream body = response.body()) {
			for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
				if (firstByte < 0) {
					firstByte = (System.nanoTime() - start) / 1_000_000.0;
				}
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				long previous = bytes;
				bytes += read;
				if (bytes / (1 << 20) != previous / (1 << 20)) {
					heapMax = Math.max(heapMax, memory.getHeapMemoryUsage().getUsed());
				}
				if (bytes / (20 << 20) != previous / (20 << 20)) {
					// what the export keeps while it runs: the heap after a collection,
					// every 20 MB
					memory.gc();
					heapLive.add(memory.getHeapMemoryUsage().getUsed() / 1_000_000);
				}
			}
		}
		double total = (System.nanoTime() - start) / 1_000_000.0;
		long heapAfter = memory.getHeapMemoryUsage().getUsed();
		memory.gc();
		long heapAfterGc = memory.getHeapMemoryUsage().getUsed();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(lines).isGreaterThanOrEqualTo(agreements + 1);
		System.out.printf(Locale.ROOT,
				"Export /agreements.csv of %d agreements: first byte after %.0f ms, all after %.1f s, %.1f MB "
						+ "(%d lines); the statement reading their ids took %.0f ms%n",
				agreements, firstByte, total / 1000, bytes / 1e6, lines, idsMillis);
		System.out.printf(Locale.ROOT,
				"Heap used (whole process): %.0f MB before (after a GC), at most %.0f MB during, after a GC every "
						+ "20 MB downloaded %s MB, %.0f MB after, %.0f MB after a GC (maximum heap %.0f MB)%n%n",
				heapBefore / 1e6, heapMax / 1e6, heapLive, heapAfter / 1e6, heapAfterGc / 1e6,
				memory.getHeapMemoryUsage().getMax() / 1e6);
	}

	private Result measure(String name, UrlSupplier urls) throws IOException, InterruptedException {
		for (int i = 0; i < WARM_UP; i++) {
			get(urls.next());
		}
		double[] millis = new double[REQUESTS];
		String[] requested = new String[REQUESTS];
		for (int i = 0; i < REQUESTS; i++) {
			String url = urls.next();
			long start = System.nanoTime();
			int status = get(url);
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
			requested[i] = url;
			assertThat(status).as(url).isEqualTo(200);
		}
		return new Result(name, millis, requested);
	}

	private int get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(60))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * The machine's load average over the last minute, as the kernel reports it: the
	 * figures mean little on a machine busy with other work.
	 */
	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String pageOf(String query, Random random, int pages) {
		String page = (random.nextInt(4) == 0) ? "page=" + (1 + random.nextInt(pages)) : "";
		String separator = (query.isEmpty() || page.isEmpty()) ? "" : "&";
		return encodeValues(query) + separator + page;
	}

	private static String encodeValues(String query) {
		if (query.isEmpty()) {
			return query;
		}
		return String.join("&", Arrays.stream(query.split("&")).map((pair) -> {
			int equals = pair.indexOf('=');
			return pair.substring(0, equals + 1) + encode(pair.substring(equals + 1));
		}).toList());
	}

	private static String prefix(String query, Random random) {
		int length = query.codePointCount(0, query.length());
		int keep = Math.max(1, Math.min(length, 1 + random.nextInt(Math.max(1, length))));
		return query.substring(0, query.offsetByCodePoints(0, keep));
	}

	private static String pick(List<String> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static double seconds(long nanos) {
		return nanos / 1_000_000_000.0;
	}

	private record Request(String url, double millis) {

	}

	@FunctionalInterface
	private interface UrlSupplier {

		String next();

	}

	private record Result(String name, double[] millis, String[] urls) {

		List<Request> slowest(int count) {
			List<Request> requests = new ArrayList<>();
			for (int i = 0; i < this.millis.length; i++) {
				requests.add(new Request(this.urls[i], this.millis[i]));
			}
			requests.sort(java.util.Comparator.comparingDouble(Request::millis).reversed());
			return requests.subList(0, Math.min(count, requests.size()));
		}

		double percentile(int percentile) {
			double[] sorted = this.millis.clone();
			Arrays.sort(sorted);
			int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

	}

}
