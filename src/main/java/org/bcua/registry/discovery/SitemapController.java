package org.bcua.registry.discovery;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.shared.LastChange;
import org.bcua.registry.university.UniversityService;

/**
 * {@code /sitemap.xml} (the sitemaps.org protocol): the list pages and every public
 * record's page with the day it last changed; and {@code /robots.txt}, which names the
 * sitemap and keeps crawlers out of the admin area. Drafts, unpublished signatories and
 * archived records are not public, so they are not listed.
 */
@Controller
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The list pages, which change with every record. */
	private static final List<String> LISTS = List.of("/", "/universities", "/agreements", "/people", "/meetings");

	private final UniversityService universities;

	private final PersonService people;

	private final MeetingService meetings;

	private final AgreementService agreements;

	SitemapController(UniversityService universities, PersonService people, MeetingService meetings,
			AgreementService agreements) {
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
		this.agreements = agreements;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(HttpServletRequest request) throws XMLStreamException {
		String base = base(request);
		List<LastChange> universities = this.universities.lastChanges();
		List<LastChange> people = this.people.lastChanges();
		List<LastChange> meetings = this.meetings.lastChanges();
		List<LastChange> agreements = this.agreements.lastChanges();
		Instant latest = Stream.of(universities, people, meetings, agreements)
			.flatMap(List::stream)
			.map(LastChange::at)
			.max(Instant::compareTo)
			.orElse(null);
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (String list : LISTS) {
			url(xml, base + list, latest);
		}
		records(xml, base + "/universities/", universities);
		records(xml, base + "/people/", people);
		records(xml, base + "/meetings/", meetings);
		records(xml, base + "/agreements/", agreements);
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.body(text.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots(HttpServletRequest request) {
		String text = """
				User-agent: *
				Disallow: /admin
				Disallow: /login

				Sitemap: %s/sitemap.xml
				""".formatted(base(request));
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(text);
	}

	private static void records(XMLStreamWriter xml, String prefix, List<LastChange> records)
			throws XMLStreamException {
		for (LastChange record : records) {
			url(xml, prefix + record.slug(), record.at());
		}
	}

	private static void url(XMLStreamWriter xml, String location, @Nullable Instant changed) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		if (changed != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(changed.truncatedTo(ChronoUnit.SECONDS).toString());
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

}
