package org.bcua.registry.agreement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.bcua.registry.shared.DateText;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.Permalinks;

/**
 * Atom feeds (RFC 4287) of published agreements, the last changed first: a new agreement
 * and a change to one each bring its entry to the top. Drafts and archived agreements
 * never appear (the queries are the public pages' ones).
 * <p>
 * Identifiers are name-based UUID URNs made from the registry's own ids, so they stay the
 * same whatever host name or language the feed is read under, and an entry keeps its id
 * when the agreement changes (as RFC 4287 asks; its {@code updated} moves instead). An
 * entry's {@code published} is when the agreement was first recorded (the registry keeps
 * no separate date of publication); its author is the registry, never an editor.
 */
@Component
public class AgreementFeeds {

	/** The most entries a feed carries. */
	public static final int SIZE = 50;

	static final String ATOM = "application/atom+xml";

	private final AgreementService agreements;

	private final MessageSource messages;

	AgreementFeeds(AgreementService agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	/**
	 * What a feed holds and what it says about itself.
	 *
	 * @param path the feed's own path and query, e.g.
	 * {@code /universities/dut/agreements.atom}
	 * @param page the path and query of the HTML page the feed follows
	 * @param titleKey the message key of the feed's title
	 * @param subject the name in the title ({@code null} for the feed of every agreement)
	 * @param subjectChanged when the feed's subject last changed (the feed's
	 * {@code updated} while it has no entry), or {@code null}
	 */
	record Scope(String path, String page, String titleKey, @Nullable String subject, @Nullable Instant subjectChanged,
			@Nullable Long universityId, @Nullable Long personId, @Nullable Long meetingId, @Nullable Long areaId) {

	}

	/**
	 * The feed as Atom XML, in the given language (titles and summaries).
	 * @param base the site's root ({@link Permalinks#base()})
	 */
	String write(Scope scope, Locale locale, String base) {
		List<Agreement> found = this.agreements.changedLately(scope.universityId(), scope.personId(), scope.meetingId(),
				scope.areaId(), SIZE);
		Feed feed = new Feed("atom_1.0");
		feed.setId(id("feed:" + scope.path()));
		String siteName = this.messages.getMessage("site.name", null, locale);
		feed.setTitle(this.messages.getMessage(scope.titleKey(), new Object[] { scope.subject(), siteName }, locale));
		feed.setAuthors(List.of(author(siteName, base)));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", base + scope.page())));
		feed.setOtherLinks(List.of(link("self", ATOM, base + scope.path())));
		Instant updated = found.stream()
			.map(Agreement::getUpdatedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(Objects.requireNonNullElse(scope.subjectChanged(), Instant.EPOCH));
		feed.setUpdated(Date.from(updated));
		List<Entry> entries = new ArrayList<>();
		for (Agreement agreement : found) {
			entries.add(entry(agreement, locale, base, siteName));
		}
		feed.setEntries(entries);
		try {
			// ROME's Atom writer leaves out the language; RFC 4287 carries it as xml:lang
			Document document = new WireFeedOutput().outputJDom(feed);
			document.getRootElement().setAttribute("lang", locale.getLanguage(), Namespace.XML_NAMESPACE);
			return new XMLOutputter(Format.getPrettyFormat()).outputString(document);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the feed " + scope.path(), ex);
		}
	}

	private Entry entry(Agreement agreement, Locale locale, String base, String siteName) {
		Entry entry = new Entry();
		entry.setId(entryId(Objects.requireNonNull(agreement.getId())));
		entry.setTitle(agreement.title(locale));
		entry.setAlternateLinks(
				List.of(link("alternate", "text/html", Permalinks.of(base, "agreements", agreement.getSlug()))));
		entry.setUpdated(Date.from(Objects.requireNonNull(agreement.getUpdatedAt())));
		entry.setPublished(Date.from(Objects.requireNonNull(agreement.getCreatedAt())));
		entry.setAuthors(List.of(author(siteName, base)));
		Content summary = new Content();
		summary.setType(Content.TEXT);
		summary.setValue(summary(agreement, locale));
		entry.setSummary(summary);
		List<Category> categories = new ArrayList<>();
		for (Area area : agreement.getAreas()) {
			Category category = new Category();
			category.setTerm(area.getSlug());
			category.setLabel(area.name(locale));
			category.setScheme(base + "/agreements?area=");
			categories.add(category);
		}
		entry.setCategories(categories);
		return entry;
	}

	/**
	 * "Declaration between A and B, 13 October 2025." and the agreement's summary.
	 */
	private String summary(Agreement agreement, Locale locale) {
		String kind = this.messages.getMessage(agreement.getKind().messageKey(), null, locale);
		String parties = ListFormatter.getInstance(ULocale.forLocale(locale))
			.format(agreement.getParties().stream().map((party) -> party.getUniversity().name(locale)).toList());
		PartialDate date = agreement.getDate();
		String line = (date != null)
				? this.messages.getMessage("feed.entry.summary.dated",
						new Object[] { kind, parties, DateText.format(date, this.messages, locale) }, locale)
				: this.messages.getMessage("feed.entry.summary", new Object[] { kind, parties }, locale);
		return (agreement.getSummary() != null) ? line + "\n\n" + agreement.getSummary() : line;
	}

	/**
	 * The Atom id of an agreement's entry: the same in every feed it appears in.
	 */
	public static String entryId(long agreementId) {
		return id("agreement:" + agreementId);
	}

	private static String id(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("bcua-registry:" + name).getBytes(StandardCharsets.UTF_8));
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static SyndPerson author(String name, String base) {
		Person person = new Person();
		person.setName(name);
		person.setUri(base + "/");
		return person;
	}

}
