package org.bcua.registry.discovery;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.shared.LastChange;
import org.bcua.registry.shared.NotFoundException;
import org.bcua.registry.university.UniversityService;

/**
 * {@code /sitemap.xml} (the sitemaps.org protocol): the list pages and every public
 * record's page with its last change; and {@code /robots.txt}, which names the sitemap
 * and keeps crawlers out of the admin area. Drafts, unpublished signatories and archived
 * records are not public, so they are not listed.
 * <p>
 * A sitemap holds at most 50,000 addresses. Beyond that, {@code /sitemap.xml} is a
 * sitemap index naming {@code /sitemap.xml?part=1}, {@code ?part=2}, ... of 50,000
 * addresses each.
 */
@Controller
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The most addresses one sitemap may hold (sitemaps.org). */
	static final int LIMIT = 50_000;

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	/** The list pages, which change with every record. */
	private static final List<String> LISTS = List.of("/", "/universities", "/agreements", "/people", "/meetings");

	private final UniversityService universities;

	private final PersonService people;

	private final MeetingService meetings;

	private final AgreementService agreements;

	private final int limit;

	@Autowired
	SitemapController(UniversityService universities, PersonService people, MeetingService meetings,
			AgreementService agreements) {
		this(universities, people, meetings, agreements, LIMIT);
	}

	SitemapController(UniversityService universities, PersonService people, MeetingService meetings,
			AgreementService agreements, int limit) {
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
		this.agreements = agreements;
		this.limit = limit;
	}

	/**
	 * The sitemap, or the sitemap index when there are more addresses than one sitemap
	 * holds; with {@code part}, that part of them (an unknown part is the 404 page).
	 */
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(@RequestParam(required = false) @Nullable Integer part, HttpServletRequest request)
			throws XMLStreamException {
		String base = base(request);
		List<Url> urls = urls(base);
		int parts = (urls.size() + this.limit - 1) / this.limit;
		if (part == null && parts <= 1) {
			return xml(urlset(urls));
		}
		if (part == null) {
			return xml(index(base, urls, parts));
		}
		if (part < 1 || part > parts || parts <= 1) {
			throw new PartNotFoundException(part);
		}
		return xml(urlset(urls.subList((part - 1) * this.limit, Math.min(urls.size(), part * this.limit))));
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

	/**
	 * The site's 404 and 400 pages for an unknown or malformed {@code part}, as HTML (see
	 * {@code AgreementFeedController#notFound}: otherwise the page would take the content
	 * type of the address's extension).
	 */
	@ExceptionHandler(PartNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request) {
		request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_HTML));
		return "error/404";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(HttpServletRequest request) {
		request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_HTML));
		return "error/400";
	}

	private List<Url> urls(String base) {
		List<LastChange> universities = this.universities.lastChanges();
		List<LastChange> people = this.people.lastChanges();
		List<LastChange> meetings = this.meetings.lastChanges();
		List<LastChange> agreements = this.agreements.lastChanges();
		Instant latest = Stream.of(universities, people, meetings, agreements)
			.flatMap(List::stream)
			.map(LastChange::at)
			.max(Instant::compareTo)
			.orElse(null);
		List<Url> urls = new ArrayList<>();
		LISTS.forEach((list) -> urls.add(new Url(base + list, latest)));
		universities.forEach((record) -> urls.add(new Url(base + "/universities/" + record.slug(), record.at())));
		people.forEach((record) -> urls.add(new Url(base + "/people/" + record.slug(), record.at())));
		meetings.forEach((record) -> urls.add(new Url(base + "/meetings/" + record.slug(), record.at())));
		agreements.forEach((record) -> urls.add(new Url(base + "/agreements/" + record.slug(), record.at())));
		return urls;
	}

	private static String urlset(List<Url> urls) throws XMLStreamException {
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (Url url : urls) {
			entry(xml, "url", url.location(), url.changed());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return text.toString();
	}

	private String index(String base, List<Url> urls, int parts) throws XMLStreamException {
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("sitemapindex");
		xml.writeDefaultNamespace(NAMESPACE);
		for (int part = 1; part <= parts; part++) {
			Instant changed = urls.subList((part - 1) * this.limit, Math.min(urls.size(), part * this.limit))
				.stream()
				.map(Url::changed)
				.filter((at) -> at != null)
				.max(Instant::compareTo)
				.orElse(null);
			entry(xml, "sitemap", base + "/sitemap.xml?part=" + part, changed);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return text.toString();
	}

	private static void entry(XMLStreamWriter xml, String element, String location, @Nullable Instant changed)
			throws XMLStreamException {
		xml.writeStartElement(element);
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

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	private static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

	/**
	 * No such part of the sitemap.
	 */
	static class PartNotFoundException extends NotFoundException {

		PartNotFoundException(int part) {
			super("sitemap part", String.valueOf(part));
		}

	}

	/**
	 * An address of the sitemap with its last change.
	 */
	private record Url(String location, @Nullable Instant changed) {

	}

}
