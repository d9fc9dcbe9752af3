package org.bcua.registry.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.agreement.Agreement;
import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.Person;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.search.Highlight;
import org.bcua.registry.search.Highlighter;
import org.bcua.registry.search.SearchHit;
import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchMatches;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.search.SearchText;
import org.bcua.registry.search.SearchVocabulary;
import org.bcua.registry.shared.AuditedEntity;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityAlias;
import org.bcua.registry.university.UniversityService;

/**
 * Finds universities, people, agreements and meetings by any of their names, in any
 * script (see {@link SearchText} and {@link SearchMatch}). Only what the public pages
 * show is found: no archived record, no draft agreement.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	/**
	 * How many matches of each kind are read, in the order of their prominence, and
	 * counted, before the best of them are chosen by how well they match; when all of
	 * them match, the page says "more than 100".
	 */
	static final int WINDOW = 101;

	/** The window of the suggestions, which need only the very best. */
	static final int SUGGESTION_WINDOW = 20;

	private static final int EXCERPT_RADIUS = 80;

	private final SearchMatches matches;

	private final SearchVocabulary vocabulary;

	private final UniversityService universities;

	private final PersonService people;

	private final AgreementService agreements;

	private final MeetingService meetings;

	SearchService(SearchMatches matches, SearchVocabulary vocabulary, UniversityService universities,
			PersonService people, AgreementService agreements, MeetingService meetings) {
		this.matches = matches;
		this.vocabulary = vocabulary;
		this.universities = universities;
		this.people = people;
		this.agreements = agreements;
		this.meetings = meetings;
	}

	/**
	 * Searches every kind of record.
	 * @param query the query; an {@linkplain SearchQuery#isEmpty() empty} one finds
	 * nothing without asking the database
	 * @param locale the interface language, in which names are shown
	 * @param perKind how many results of each kind to return at most (the totals count
	 * them all)
	 */
	public SearchResults search(SearchQuery query, Locale locale, int perKind) {
		return search(query, locale, perKind, null);
	}

	/**
	 * Searches one kind of record, or every kind.
	 * @param query the query; an {@linkplain SearchQuery#isEmpty() empty} one finds
	 * nothing without asking the database
	 * @param locale the interface language, in which names are shown
	 * @param perKind how many results of each kind to return at most (the totals count
	 * them all)
	 * @param only the kind to search, or {@code null} for every kind
	 */
	public SearchResults search(SearchQuery query, Locale locale, int perKind, @Nullable SearchKind only) {
		if (query.isEmpty()) {
			return new SearchResults(query, null, List.of());
		}
		SearchQuery searched = this.vocabulary.withSpellings(query);
		int window = Math.max(WINDOW, perKind + 1);
		List<SearchHit> hits = this.matches.best(searched, perKind, window, only);
		if (hits.isEmpty()) {
			SearchQuery corrected = this.vocabulary.corrected(query);
			if (corrected != null) {
				searched = corrected;
				hits = this.matches.best(corrected, perKind, window, only);
			}
		}
		Map<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
		hits.forEach((hit) -> totals.put(hit.kind(), hit.total()));
		Records records = load(hits);
		Highlighter highlighter = new Highlighter(searched);
		List<SearchResults.Group> groups = new ArrayList<>();
		for (SearchKind kind : SearchKind.values()) {
			List<SearchResults.Result> results = records.of(kind)
				.stream()
				.map((record) -> result(kind, record, locale, highlighter))
				.toList();
			if (!results.isEmpty()) {
				groups.add(new SearchResults.Group(kind, totals.getOrDefault(kind, 0L), window - 1, results));
			}
		}
		boolean corrected = !searched.text().equals(query.text());
		return new SearchResults(query, corrected ? searched : null, groups);
	}

	/**
	 * The best matches of every kind together, for the suggestions of the search box.
	 * @param query the query; an empty one, or a single letter (other than a Han
	 * character), gets no suggestion
	 * @param locale the interface language of the labels
	 * @param limit how many suggestions to return at most
	 */
	public List<Suggestion> suggest(SearchQuery query, Locale locale, int limit) {
		if (query.isEmpty() || query.isTooShortToSuggest()) {
			return List.of();
		}
		List<SearchHit> best = this.matches.best(this.vocabulary.withSpellings(query), limit, SUGGESTION_WINDOW, null)
			.stream()
			.sorted(Comparator.comparingDouble(SearchHit::score).reversed())
			.limit(limit)
			.toList();
		Records records = load(best);
		Map<String, Suggestion> byKey = new LinkedHashMap<>();
		for (SearchKind kind : SearchKind.values()) {
			for (AuditedEntity record : records.of(kind)) {
				Names names = names(kind, record, locale);
				byKey.put(kind + "/" + record.getId(),
						new Suggestion(kind, names.shown(), names.original(), kind.path() + "/" + names.slug()));
			}
		}
		return best.stream().map((hit) -> byKey.get(hit.kind() + "/" + hit.id())).filter(Objects::nonNull).toList();
	}

	private Records load(List<SearchHit> hits) {
		Map<SearchKind, List<Long>> ids = new EnumMap<>(SearchKind.class);
		hits.forEach((hit) -> ids.computeIfAbsent(hit.kind(), (kind) -> new ArrayList<>()).add(hit.id()));
		Map<SearchKind, List<? extends AuditedEntity>> records = new EnumMap<>(SearchKind.class);
		ids.forEach((kind, list) -> records.put(kind, switch (kind) {
			case UNIVERSITY -> this.universities.listedByIds(list);
			case PERSON -> this.people.listedByIds(list);
			case AGREEMENT -> this.agreements.publicByIds(list);
			case MEETING -> this.meetings.listedByIds(list);
		}));
		return new Records(records);
	}

	private SearchResults.Result result(SearchKind kind, AuditedEntity record, Locale locale, Highlighter highlighter) {
		Names names = names(kind, record, locale);
		Highlight title = highlighter.highlight(names.shown());
		Highlight original = (names.original() != null) ? highlighter.highlight(names.original()) : null;
		Highlight alsoKnownAs = null;
		Highlight excerpt = null;
		if (!title.matched() && (original == null || !original.matched())) {
			List<String> others = names.others()
				.stream()
				.filter((name) -> !name.equals(names.shown()) && !name.equals(names.original()))
				.toList();
			alsoKnownAs = Stream
				.concat(others.stream().map(highlighter::highlightWords), others.stream().map(highlighter::highlight))
				.filter(Highlight::matched)
				.findFirst()
				.orElse(null);
			if (alsoKnownAs == null) {
				excerpt = highlighter.snippet(names.summary(), EXCERPT_RADIUS);
			}
		}
		return new SearchResults.Result(kind, names.slug(), title, names.shownLanguage(), original, alsoKnownAs,
				excerpt, record);
	}

	private static Names names(SearchKind kind, AuditedEntity record, Locale locale) {
		return switch (kind) {
			case UNIVERSITY -> {
				University university = (University) record;
				List<String> others = Stream
					.concat(university.getAliases().stream().map(UniversityAlias::getName),
							all(university.getNames()).stream())
					.toList();
				yield new Names(university.getSlug(), university.name(locale),
						university.getNames().fallbackLanguage(locale), university.originalName(locale), others, null);
			}
			case PERSON -> {
				Person person = (Person) record;
				yield new Names(person.getSlug(), person.name(locale), person.getNames().fallbackLanguage(locale),
						person.originalName(locale), all(person.getNames()), null);
			}
			case AGREEMENT -> {
				Agreement agreement = (Agreement) record;
				yield new Names(agreement.getSlug(), agreement.title(locale),
						agreement.getTitles().fallbackLanguage(locale), null, all(agreement.getTitles()),
						agreement.getSummary());
			}
			case MEETING -> {
				Meeting meeting = (Meeting) record;
				yield new Names(meeting.getSlug(), meeting.title(locale), meeting.getTitles().fallbackLanguage(locale),
						null, all(meeting.getTitles()), meeting.getSummary());
			}
		};
	}

	private static List<String> all(LocalizedName names) {
		return Stream.of("en", "ru", "be", "zh").map(names::exactly).filter(Objects::nonNull).toList();
	}

	/**
	 * The names of a record a result shows or searches for what matched.
	 */
	private record Names(String slug, String shown, @Nullable String shownLanguage, @Nullable String original,
			List<String> others, @Nullable String summary) {

	}

	/**
	 * The records of the hits, by kind, in the order of the hits.
	 */
	private record Records(Map<SearchKind, List<? extends AuditedEntity>> byKind) {

		List<? extends AuditedEntity> of(SearchKind kind) {
			return this.byKind.getOrDefault(kind, List.of());
		}

	}

}
