package org.bcua.registry.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import org.bcua.registry.shared.PartialDate;

/**
 * Writes records as rows of a table, one at a time, in CSV or JSON; what is written
 * reaches the target at the latest at {@link #flush()}, so an export of any size is
 * written with memory for one batch of rows.
 *
 * @param <T> the record
 */
public abstract class TableWriter<T> implements AutoCloseable {

	/**
	 * The byte-order mark: spreadsheet programs read a CSV file as UTF-8 only after it.
	 */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final JsonFactory JSON = new JsonFactory();

	protected final List<ExportColumn<T>> columns;

	private TableWriter(List<ExportColumn<T>> columns) {
		this.columns = columns;
	}

	/**
	 * A CSV table (RFC 4180: fields with a comma, a quote or a line break quoted, lines
	 * ended by CRLF) in UTF-8 after a byte-order mark, its header written at once.
	 */
	public static <T> TableWriter<T> csv(OutputStream target, List<ExportColumn<T>> columns) {
		return new Csv<>(target, columns);
	}

	/**
	 * A JSON array of objects, one per record, with a property per column.
	 */
	public static <T> TableWriter<T> json(OutputStream target, List<ExportColumn<T>> columns) {
		JsonGenerator generator = JSON.createGenerator(target);
		generator.writeStartArray();
		return new Json<>(generator, columns, true);
	}

	/**
	 * A JSON array of objects written as the value of a property of an object that the
	 * generator is writing; {@link #close()} ends the array, not the generator.
	 */
	public static <T> TableWriter<T> jsonProperty(JsonGenerator generator, String name, List<ExportColumn<T>> columns) {
		generator.writeName(name);
		generator.writeStartArray();
		return new Json<>(generator, columns, false);
	}

	/**
	 * A JSON generator writing to the target, for {@link #jsonProperty}.
	 */
	public static JsonGenerator jsonGenerator(OutputStream target) {
		return JSON.createGenerator(target);
	}

	public abstract void write(T record);

	public abstract void flush();

	/**
	 * Ends the table and flushes it; the target stays open.
	 */
	@Override
	public abstract void close();

	private static final class Csv<T> extends TableWriter<T> {

		private final Writer writer;

		private final CSVPrinter printer;

		Csv(OutputStream target, List<ExportColumn<T>> columns) {
			super(columns);
			List<String> header = new ArrayList<>();
			for (ExportColumn<T> column : columns) {
				header.add(column.name());
				if (column.isDate()) {
					header.add(column.precisionName());
				}
			}
			try {
				this.writer = new OutputStreamWriter(target, StandardCharsets.UTF_8);
				this.writer.write(BYTE_ORDER_MARK);
				this.printer = new CSVPrinter(this.writer,
						CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void write(T record) {
			List<@Nullable String> cells = new ArrayList<>();
			for (ExportColumn<T> column : this.columns) {
				Object value = column.value().apply(record);
				if (column.isDate()) {
					PartialDate date = (PartialDate) value;
					cells.add((date != null) ? date.iso() : null);
					cells.add((date != null) ? ExportColumn.precision(date) : null);
				}
				else {
					cells.add(text(value));
				}
			}
			try {
				this.printer.printRecord(cells);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void flush() {
			try {
				this.printer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			flush();
		}

		private static @Nullable String text(@Nullable Object value) {
			if (value instanceof Collection<?> list) {
				return list.stream().map(Csv::text).collect(Collectors.joining(ExportColumn.LIST_SEPARATOR));
			}
			return scalar(value);
		}

	}

	private static final class Json<T> extends TableWriter<T> {

		private final JsonGenerator generator;

		private final boolean ownsGenerator;

		Json(JsonGenerator generator, List<ExportColumn<T>> columns, boolean ownsGenerator) {
			super(columns);
			this.generator = generator;
			this.ownsGenerator = ownsGenerator;
		}

		@Override
		public void write(T record) {
			this.generator.writeStartObject();
			for (ExportColumn<T> column : this.columns) {
				this.generator.writeName(column.name());
				value(column.value().apply(record));
			}
			this.generator.writeEndObject();
		}

		private void value(@Nullable Object value) {
			if (value == null) {
				this.generator.writeNull();
			}
			else if (value instanceof PartialDate date) {
				this.generator.writeStartObject();
				this.generator.writeStringProperty("value", date.iso());
				this.generator.writeStringProperty("precision", ExportColumn.precision(date));
				this.generator.writeEndObject();
			}
			else if (value instanceof Collection<?> list) {
				this.generator.writeStartArray();
				list.forEach(this::value);
				this.generator.writeEndArray();
			}
			else if (value instanceof Boolean flag) {
				this.generator.writeBoolean(flag);
			}
			else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
				this.generator.writeNumber(((Number) value).longValue());
			}
			else {
				this.generator.writeString(scalar(value));
			}
		}

		@Override
		public void flush() {
			this.generator.flush();
		}

		@Override
		public void close() {
			this.generator.writeEndArray();
			if (this.ownsGenerator) {
				// ends the document without closing the target (the response, a zip
				// entry)
				this.generator.flush();
			}
		}

	}

	static @Nullable String scalar(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof LocalDate day) {
			return day.toString();
		}
		if (value instanceof PartialDate date) {
			return date.iso();
		}
		return value.toString();
	}

}
