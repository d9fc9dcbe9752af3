package org.bcua.registry.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.bcua.registry.admin.AdminTest;
import org.bcua.registry.admin.PostedForms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The full dump, opened as a zip: its files, their checksums, the description of every
 * column and the licence, only public records, and a new dump after a write.
 */
@AdminTest
class RegistryDumpTests {

	private static final RequestPostProcessor EDITOR = user("dump-editor").roles("EDITOR");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDumpHoldsATableOfEachKindTheirJsonAReadmeAndTheirChecksums() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/data/registry.zip").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"registry-");
		Map<String, byte[]> files = unzip(result.getResponse().getContentAsByteArray());
		assertThat(files.keySet()).containsExactly("README.txt", "registry.json", "universities.csv", "people.csv",
				"positions.csv", "meetings.csv", "agreements.csv", "parties.csv", "sources.csv", "SHA256SUMS");

		List<String> sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).lines().toList();
		assertThat(sums).hasSize(files.size() - 1);
		for (String line : sums) {
			String[] parts = line.split("  ", 2);
			assertThat(files).containsKey(parts[1]);
			assertThat(parts[0]).as(parts[1]).isEqualTo(sha256(files.get(parts[1])));
		}

		String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
		assertThat(readme).contains("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", "Generated: ");
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(new String(files.get("registry.json"), StandardCharsets.UTF_8));
		assertThat(json.get("licence").asString()).contains("CC BY 4.0");
		for (String table : RegistryDump.TABLES) {
			List<CSVRecord> rows = ExportsTests.csv(new String(files.get(table + ".csv"), StandardCharsets.UTF_8));
			assertThat(rows).as(table).isNotEmpty();
			assertThat(json.get(table).size()).as(table).isEqualTo(rows.size());
			String section = readme.substring(readme.indexOf(table + ".csv:"));
			for (String column : rows.get(0).getParser().getHeaderNames()) {
				assertThat(section).as(table + "." + column + " described")
					.containsPattern("(?m)^  [^\\n]*\\b" + column + "\\b");
			}
		}
		long published = this.jdbc.queryForObject(
				"select count(*) from agreement where publication = 'PUBLISHED' and archived_at is null", Long.class);
		assertThat(json.get("agreements").size()).isEqualTo(published);
		long parties = this.jdbc.queryForObject("""
				select count(*) from agreement_party p join agreement a on a.id = p.agreement_id
				where a.publication = 'PUBLISHED' and a.archived_at is null""", Long.class);
		assertThat(json.get("parties").size()).isEqualTo(parties);
	}

	@Test
	void theSameDumpIsNotSentTwiceAndANewOneFollowsAWriteWithoutItsDrafts() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/data/registry.zip").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(this.mvc.get().uri("/data/registry.zip").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(HttpStatus.NOT_MODIFIED);

		String draft = record("Memorandum on undumped cryoglaciology", "draft");
		String published = record("Memorandum on dumped speleothems", "publish");
		MvcTestResult second = this.mvc.get().uri("/data/registry.zip").exchange();
		assertThat(second).hasStatusOk();
		assertThat(second.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(this.mvc.get().uri("/data/registry.zip").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(HttpStatus.OK);
		Map<String, byte[]> files = unzip(second.getResponse().getContentAsByteArray());
		List<String> agreements = ExportsTests.csv(new String(files.get("agreements.csv"), StandardCharsets.UTF_8))
			.stream()
			.map((row) -> row.get("slug"))
			.toList();
		assertThat(agreements).contains(published).doesNotContain(draft);
		assertThat(unzip(first.getResponse().getContentAsByteArray()).get("agreements.csv"))
			.asString(StandardCharsets.UTF_8)
			.doesNotContain(published);
		List<String> parties = ExportsTests.csv(new String(files.get("parties.csv"), StandardCharsets.UTF_8))
			.stream()
			.filter((row) -> row.get("agreement").equals(published))
			.map((row) -> row.get("university"))
			.toList();
		assertThat(parties).containsExactly("dut", "bsu");
		assertThat(new String(files.get("sources.csv"), StandardCharsets.UTF_8))
			.contains("https://example.org/dump/speleothems")
			.doesNotContain("https://example.org/dump/cryoglaciology");
		String everything = new String(files.get("registry.json"), StandardCharsets.UTF_8);
		assertThat(everything).contains(published).doesNotContain(draft).doesNotContain("password");
	}

	private String record(String title, String action) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "0");
		form.put("titleEn", title);
		form.put("kind", "MEMORANDUM");
		form.put("status", "SIGNED");
		form.put("signed", "2025-06");
		form.put("parties[0].universityId", id("dut"));
		form.put("parties[1].universityId", id("bsu"));
		form.put("sources[0].url", "https://example.org/dump/" + title.substring(title.lastIndexOf(' ') + 1));
		form.put("sources[0].confidence", "HIGH");
		assertThat(PostedForms.post(this.mvc, "/admin/agreements/new", form, action, EDITOR))
			.hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select slug from agreement where title_en = ?", String.class, title);
	}

	private String id(String university) {
		return String
			.valueOf(this.jdbc.queryForObject("select id from university where slug = ?", Long.class, university));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
