package org.bcua.registry.agreement;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.Person;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.shared.NotFoundException;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityService;

/**
 * The Atom feeds of new and changed agreements: every one, and those of a university, a
 * person (as signatory), a meeting or an area of cooperation. Each page that lists such
 * agreements names its feed in its {@code <head>}. An unknown slug is the 404 page.
 */
@Controller
class AgreementFeedController {

	private static final MediaType ATOM = MediaType.parseMediaType(AgreementFeeds.ATOM + ";charset=UTF-8");

	private final AgreementFeeds feeds;

	private final AgreementService agreements;

	private final UniversityService universities;

	private final PersonService people;

	private final MeetingService meetings;

	AgreementFeedController(AgreementFeeds feeds, AgreementService agreements, UniversityService universities,
			PersonService people, MeetingService meetings) {
		this.feeds = feeds;
		this.agreements = agreements;
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
	}

	/**
	 * Every agreement, or with {@code area} those of one area of cooperation (an empty
	 * {@code area} is no filter, as on the list).
	 */
	@GetMapping("/feeds/agreements.atom")
	ResponseEntity<String> all(@RequestParam(required = false) @Nullable String area, Locale locale) {
		if (area == null || area.isBlank()) {
			return atom(new AgreementFeeds.Scope("/feeds/agreements.atom", "/agreements", "feed.title.all", null, null,
					null, null, null, null), locale);
		}
		Area found = this.agreements.area(area).orElseThrow(() -> new AreaNotFoundException(area));
		String query = UriComponentsBuilder.newInstance().queryParam("area", found.getSlug()).build().toUriString();
		return atom(new AgreementFeeds.Scope("/feeds/agreements.atom" + query, "/agreements" + query, "feed.title.area",
				found.name(locale), found.getUpdatedAt(), null, null, null, found.getId()), locale);
	}

	@GetMapping("/universities/{slug}/agreements.atom")
	ResponseEntity<String> university(@PathVariable String slug, Locale locale) {
		University university = this.universities.profile(slug);
		String page = "/universities/" + university.getSlug();
		return atom(
				new AgreementFeeds.Scope(page + "/agreements.atom", page, "feed.title.university",
						university.name(locale), university.getUpdatedAt(), university.getId(), null, null, null),
				locale);
	}

	@GetMapping("/people/{slug}/agreements.atom")
	ResponseEntity<String> person(@PathVariable String slug, Locale locale) {
		Person person = this.people.profile(slug);
		String page = "/people/" + person.getSlug();
		return atom(new AgreementFeeds.Scope(page + "/agreements.atom", page, "feed.title.person", person.name(locale),
				person.getUpdatedAt(), null, person.getId(), null, null), locale);
	}

	@GetMapping("/meetings/{slug}/agreements.atom")
	ResponseEntity<String> meeting(@PathVariable String slug, Locale locale) {
		Meeting meeting = this.meetings.show(slug);
		String page = "/meetings/" + meeting.getSlug();
		return atom(new AgreementFeeds.Scope(page + "/agreements.atom", page, "feed.title.meeting",
				meeting.title(locale), meeting.getUpdatedAt(), null, null, meeting.getId(), null), locale);
	}

	/**
	 * The site's 404 page, as HTML. Without saying so, the view resolver's negotiation
	 * settles on any type ({@code *}{@code /*}) and Thymeleaf then takes the content type
	 * from the address's extension ({@code .atom}): a browser would not show the page.
	 */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request) {
		request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_HTML));
		return "error/404";
	}

	private ResponseEntity<String> atom(AgreementFeeds.Scope scope, Locale locale) {
		return ResponseEntity.ok().contentType(ATOM).body(this.feeds.write(scope, locale, Permalinks.base()));
	}

	/**
	 * No area of cooperation with the slug asked for.
	 */
	static class AreaNotFoundException extends NotFoundException {

		AreaNotFoundException(String slug) {
			super("area", slug);
		}

	}

}
