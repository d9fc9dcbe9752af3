package org.bcua.registry.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.bcua.registry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV and JSON tables of the exports, read back by Commons CSV and Jackson.
 */
class TableWriterTests {

	record Row(String name, PartialDate signed, List<String> parties, Long count) {

	}

	private static final List<ExportColumn<Row>> COLUMNS = List.of(ExportColumn.of("name", Row::name),
			ExportColumn.date("signed", Row::signed), ExportColumn.of("parties", Row::parties),
			ExportColumn.of("count", Row::count));

	private static final List<Row> ROWS = List.of(new Row("Меморандум, \"о сотрудничестве\"\nвторая строка",
			PartialDate.ofMonth(2025, 5), List.of("bsu", "dut"), 2L),
			new Row("中白大学联盟宣言", PartialDate.ofYear(2019), List.of(), 0L));

	@Test
	void csvStartsWithAByteOrderMarkQuotesWhatItMustAndEndsLinesWithCrLf() throws IOException {
		String csv = csv();
		assertThat(csv).startsWith("\uFEFFname,signed,signed_precision,parties,count\r\n");
		assertThat(csv)
			.contains("\"Меморандум, \"\"о сотрудничестве\"\"\nвторая строка\",2025-05,month,bsu; dut,2\r\n");
		assertThat(csv).endsWith("中白大学联盟宣言,2019,year,,0\r\n");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		assertThat(records).hasSize(2);
		assertThat(records.get(0).get("name")).isEqualTo(ROWS.get(0).name());
		assertThat(records.get(0).get("signed_precision")).isEqualTo("month");
		assertThat(records.get(1).get("name")).isEqualTo("中白大学联盟宣言");
	}

	@Test
	void jsonIsAnArrayOfObjectsWithPartialDatesAsValueAndPrecision() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter<Row> writer = TableWriter.json(out, COLUMNS)) {
			ROWS.forEach(writer::write);
		}
		JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.isArray()).isTrue();
		assertThat(json.size()).isEqualTo(2);
		assertThat(json.get(0).get("name").asString()).isEqualTo(ROWS.get(0).name());
		assertThat(json.get(0).get("signed").get("value").asString()).isEqualTo("2025-05");
		assertThat(json.get(0).get("signed").get("precision").asString()).isEqualTo("month");
		assertThat(json.get(0).get("parties").get(1).asString()).isEqualTo("dut");
		assertThat(json.get(0).get("count").asLong()).isEqualTo(2);
		assertThat(json.get(1).get("signed").get("value").asString()).isEqualTo("2019");
	}

	@Test
	void anEmptyTableIsItsHeaderOrAnEmptyArray() {
		assertThat(write(List.of(), true)).isEqualTo("\uFEFFname,signed,signed_precision,parties,count\r\n");
		assertThat(write(List.of(), false)).isEqualTo("[]");
	}

	private static String csv() {
		return write(ROWS, true);
	}

	private static String write(List<Row> rows, boolean csv) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter<Row> writer = csv ? TableWriter.csv(out, COLUMNS) : TableWriter.json(out, COLUMNS)) {
			rows.forEach(writer::write);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
