package org.bcua.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.search.FacetedPage;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.search.UniversityCriteria;
import org.bcua.registry.search.UniversityListing;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.university.Country;
import org.bcua.registry.university.MembershipEvidence;
import org.bcua.registry.university.MembershipRole;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityLinkedData;
import org.bcua.registry.university.UniversityService;
import org.bcua.registry.university.UniversitySort;

/**
 * The universities list, with facets and a text query, and each university's profile.
 */
@Controller
class UniversityController {

	private final UniversityService universities;

	private final UniversityListing listing;

	private final AgreementService agreements;

	private final PersonService people;

	private final MeetingService meetings;

	private final HistoryService history;

	UniversityController(UniversityService universities, UniversityListing listing, AgreementService agreements,
			PersonService people, MeetingService meetings, HistoryService history) {
		this.universities = universities;
		this.listing = listing;
		this.agreements = agreements;
		this.people = people;
		this.meetings = meetings;
		this.history = history;
	}

	@GetMapping("/universities")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Country country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable MembershipRole membership,
			@RequestParam(defaultValue = "NAME") UniversitySort sort, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Locale locale, HttpServletRequest request,
			Model model) {
		Paging paging = Paging.of(page, size);
		SearchQuery query = SearchQuery.of(q);
		FacetedPage<University> result = this.listing.find(
				new UniversityCriteria(query, country, RequestText.clean(region), membership), sort, locale,
				paging.index(), paging.size());
		Page<University> rows = result.page();
		Set<Long> ids = rows.stream().map(University::getId).filter(Objects::nonNull).collect(Collectors.toSet());
		model.addAttribute("universities", rows.getContent());
		model.addAttribute("agreementCounts", this.agreements.countByParty(ids));
		model.addAttribute("links", Paging.links(rows, CurrentRequest.uri(request)));
		model.addAttribute("facets", FacetLinks.of(result.facets(), CurrentRequest.uri(request)));
		model.addAttribute("query", query);
		model.addAttribute("sort", sort);
		model.addAttribute("sorts", UniversitySort.values());
		return "universities/list";
	}

	@GetMapping("/universities/{slug}")
	String show(@PathVariable String slug, Model model) {
		University university = this.universities.profile(slug);
		List<Long> meetingIds = university.getEvidence()
			.stream()
			.map(MembershipEvidence::getMeetingId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<Long, ?> meetingsById = this.meetings.byIds(meetingIds);
		model.addAttribute("university", university);
		model.addAttribute("meetingsById", meetingsById);
		model.addAttribute("agreements", this.agreements.ofUniversity(university.getId()));
		model.addAttribute("positions", this.people.positionsAt(university.getId()));
		model.addAttribute("changeLog", this.history.publicLog(University.class, university.getId()));
		model.addAttribute("linkedData", UniversityLinkedData.of(university, Permalinks.base()));
		return "universities/show";
	}

}
