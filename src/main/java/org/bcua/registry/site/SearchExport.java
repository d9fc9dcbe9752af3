package org.bcua.registry.site;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.Person;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchMatches;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.search.SearchVocabulary;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityService;
import org.bcua.registry.web.ExportColumn;
import org.bcua.registry.web.Exports;

/**
 * The search results as a table, for the CSV and JSON exports of the search page: every
 * record of each kind that the query finds (not only the first page's), kind by kind in
 * the page's order, as its kind, slug, name in the visitor's language and address. A
 * query that finds nothing is corrected as the page corrects it.
 */
@Service
public class SearchExport {

	private final SearchMatches matches;

	private final SearchVocabulary vocabulary;

	private final UniversityService universities;

	private final PersonService people;

	private final AgreementService agreements;

	private final MeetingService meetings;

	private final Exports exports;

	SearchExport(SearchMatches matches, SearchVocabulary vocabulary, UniversityService universities,
			PersonService people, AgreementService agreements, MeetingService meetings, Exports exports) {
		this.matches = matches;
		this.vocabulary = vocabulary;
		this.universities = universities;
		this.people = people;
		this.agreements = agreements;
		this.meetings = meetings;
		this.exports = exports;
	}

	/**
	 * A record found.
	 *
	 * @param kind what it is
	 * @param slug its slug
	 * @param title its name or title in the visitor's language
	 * @param path the address of its page, from the root of the site
	 */
	public record Found(SearchKind kind, String slug, String title, String path) {

	}

	/**
	 * Passes every record the query finds to {@code row}, of the one kind asked for or of
	 * every kind; calls {@code afterBatch} after each batch. An empty query finds
	 * nothing.
	 */
	public void each(SearchQuery query, @Nullable SearchKind only, Locale locale, Consumer<Found> row,
			Runnable afterBatch) {
		if (query.isEmpty()) {
			return;
		}
		List<SearchKind> kinds = (only != null) ? List.of(only) : List.of(SearchKind.values());
		Map<SearchKind, List<Long>> ids = ids(this.vocabulary.withSpellings(query), kinds);
		if (ids.values().stream().allMatch(List::isEmpty)) {
			SearchQuery corrected = this.vocabulary.corrected(query);
			if (corrected != null) {
				ids = ids(corrected, kinds);
			}
		}
		ids.forEach((kind, list) -> this.exports.each(list, (batch) -> load(kind, batch, locale), row, afterBatch));
	}

	private Map<SearchKind, List<Long>> ids(SearchQuery query, List<SearchKind> kinds) {
		Map<SearchKind, List<Long>> ids = new EnumMap<>(SearchKind.class);
		for (SearchKind kind : kinds) {
			ids.put(kind, this.exports.ids(() -> this.matches.all(query, kind)));
		}
		return ids;
	}

	private List<Found> load(SearchKind kind, List<Long> ids, Locale locale) {
		return switch (kind) {
			case UNIVERSITY -> this.universities.listedByIds(ids)
				.stream()
				.map((University university) -> found(kind, university.getSlug(), university.name(locale)))
				.toList();
			case PERSON -> this.people.listedByIds(ids)
				.stream()
				.map((Person person) -> found(kind, person.getSlug(), person.name(locale)))
				.toList();
			case AGREEMENT -> this.agreements.publicByIds(ids)
				.stream()
				.map((agreement) -> found(kind, agreement.getSlug(), agreement.title(locale)))
				.toList();
			case MEETING -> this.meetings.listedByIds(ids)
				.stream()
				.map((Meeting meeting) -> found(kind, meeting.getSlug(), meeting.title(locale)))
				.toList();
		};
	}

	private static Found found(SearchKind kind, String slug, String title) {
		return new Found(kind, slug, title, kind.path() + "/" + slug);
	}

	/**
	 * The columns: kind, slug, title and the address under the given one of the site.
	 */
	public List<ExportColumn<Found>> columns(String base) {
		return List.of(ExportColumn.of("kind", Found::kind), ExportColumn.of("slug", Found::slug),
				ExportColumn.of("title", Found::title), ExportColumn.of("url", (found) -> base + found.path()));
	}

}
