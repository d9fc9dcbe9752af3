package org.bcua.registry.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A list sent as a file (CSV or JSON, by the extension of the requested path), written as
 * it is read: rows go into a buffer that is passed on to the visitor after each batch, so
 * no database connection waits for a slow visitor and the first bytes leave after the
 * first batch.
 */
public final class Download {

	/** The formats of the exports, by the extension of their paths. */
	public enum Format {

		CSV("csv", "text/csv;charset=UTF-8;header=present"), JSON("json", "application/json");

		private final String extension;

		private final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		public String extension() {
			return this.extension;
		}

		public <T> TableWriter<T> writer(OutputStream target, List<ExportColumn<T>> columns) {
			return (this == CSV) ? TableWriter.csv(target, columns) : TableWriter.json(target, columns);
		}

	}

	private final HttpServletResponse response;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);

	private final Format format;

	private final String base;

	private Download(HttpServletResponse response, Format format, String base) {
		this.response = response;
		this.format = format;
		this.base = base;
	}

	/**
	 * Whether a path is that of a file to download (an export, the dump) rather than a
	 * page: such files are streamed, never kept whole by the page cache.
	 */
	public static boolean isDownload(String path) {
		return path.endsWith(".csv") || path.endsWith(".json") || path.endsWith(".zip");
	}

	/**
	 * Starts the download of a list: the format is the requested path's extension, the
	 * file is named after the list and today's date ({@code agreements-2026-11-30.csv}).
	 */
	public static Download of(String list, HttpServletRequest request, HttpServletResponse response) {
		Format format = request.getRequestURI().endsWith(".json") ? Format.JSON : Format.CSV;
		String filename = list + "-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension();
		response.setContentType(format.contentType);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return new Download(response, format, base);
	}

	/**
	 * Writes the list: its header (CSV) or the start of its array (JSON) at once, then
	 * the records as {@code records} gives them, each batch passed on to the visitor when
	 * {@code records} says it is complete.
	 * @param records given what takes a record and what ends a batch, gives every record
	 * (for example {@code (row, batchDone) -> export.each(criteria, row, batchDone)})
	 */
	public <T> void write(List<ExportColumn<T>> columns, BiConsumer<Consumer<T>, Runnable> records) {
		try (TableWriter<T> writer = this.format.writer(this.buffer, columns)) {
			writer.flush();
			send();
			records.accept(writer::write, () -> {
				writer.flush();
				send();
			});
		}
		send();
	}

	/**
	 * The site's address as the visitor reached it (scheme, host, context path), for the
	 * links to the records' pages.
	 */
	public String base() {
		return this.base;
	}

	private void send() {
		try {
			OutputStream out = this.response.getOutputStream();
			this.buffer.writeTo(out);
			this.buffer.reset();
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
