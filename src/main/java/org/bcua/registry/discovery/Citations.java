package org.bcua.registry.discovery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The "cite this record" texts of a record's page, in the interface language: a
 * plain-text citation and a BibTeX entry, both with the page's permalink and the day of
 * the request (UTC) as the day it was accessed. Used in templates as {@code @citations}.
 */
@Component("citations")
public class Citations {

	private final MessageSource messages;

	private final Clock clock;

	@Autowired
	Citations(MessageSource messages) {
		this(messages, Clock.systemUTC());
	}

	Citations(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The citation of the current request's record page.
	 * @param title the record's name or title as the page shows it
	 * @param changed when the record last changed (its year is the entry's year)
	 */
	public Citation of(String title, @Nullable Instant changed) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return of(title, changed, PageAddress.canonical(request, false), LocaleContextHolder.getLocale());
	}

	Citation of(String title, @Nullable Instant changed, String permalink, Locale locale) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		String accessed = DateTimeFormatter.ofPattern(message("date.format.cite", locale), locale).format(today);
		String registry = message("site.name", locale);
		String text = this.messages.getMessage("cite.text", new Object[] { registry, title, permalink, accessed },
				locale);
		int year = ((changed != null) ? LocalDate.ofInstant(changed, ZoneOffset.UTC) : today).getYear();
		String bibtex = "@misc{" + key(permalink) + ",\n" + "  title = {{" + bibtex(title) + "}},\n" + "  author = {{"
				+ bibtex(registry) + "}},\n" + "  publisher = {{" + bibtex(registry) + "}},\n" + "  year = {" + year
				+ "},\n" + "  howpublished = {\\url{" + permalink + "}},\n" + "  url = {" + permalink + "},\n"
				+ "  urldate = {" + today + "},\n" + "  note = {"
				+ bibtex(this.messages.getMessage("cite.bibtex.note", new Object[] { accessed }, locale)) + "}\n}";
		return new Citation(permalink, text, bibtex);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A BibTeX key from the record's path: {@code bcua-universities-dut}.
	 */
	static String key(String permalink) {
		String path = permalink.replaceFirst("^[a-z]+://[^/]*", "");
		return "bcua" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
	}

	/**
	 * Text as BibTeX reads it literally: its special characters escaped.
	 */
	static String bibtex(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '%', '&', '$', '#', '_' -> escaped.append('\\').append(c);
				case '^' -> escaped.append("\\^{}");
				case '~' -> escaped.append("\\~{}");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * The texts of a citation.
	 *
	 * @param permalink the record's absolute permanent address
	 * @param text the plain-text citation
	 * @param bibtex the BibTeX entry
	 */
	public record Citation(String permalink, String text, String bibtex) {

	}

}
