package org.bcua.registry.university;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.bcua.registry.search.FacetedPage;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.LinkedData;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.web.CurrentRequest;
import org.bcua.registry.web.Download;
import org.bcua.registry.web.DownloadLinks;
import org.bcua.registry.web.FacetLinks;
import org.bcua.registry.web.Paging;
import org.bcua.registry.web.RequestText;

/**
 * The universities list, with facets and a text query, and each university's profile.
 */
@Controller
class UniversityController {

	private final UniversityService universities;

	private final UniversityListing listing;

	private final List<UniversityListSection> listSections;

	private final List<UniversityPageSection> pageSections;

	private final HistoryService history;

	private final UniversityExport export;

	UniversityController(UniversityService universities, UniversityListing listing,
			List<UniversityListSection> listSections, List<UniversityPageSection> pageSections, HistoryService history,
			UniversityExport export) {
		this.export = export;
		this.universities = universities;
		this.listing = listing;
		this.listSections = listSections;
		this.pageSections = pageSections;
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
		model.addAttribute("universities", rows.getContent());
		this.listSections.forEach((section) -> section.addTo(rows.getContent(), model));
		model.addAttribute("links", Paging.links(rows, CurrentRequest.uri(request)));
		model.addAttribute("facets", FacetLinks.of(result.facets(), CurrentRequest.uri(request)));
		model.addAttribute("query", query);
		model.addAttribute("downloads", DownloadLinks.of(request, "/universities"));
		model.addAttribute("sort", sort);
		model.addAttribute("sorts", UniversitySort.values());
		return "universities/list";
	}

	/**
	 * Every university of the list with the same filters, text query and order (all pages
	 * of it), as CSV or JSON, streamed as it is read.
	 */
	@GetMapping({ "/universities.csv", "/universities.json" })
	void export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Country country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable MembershipRole membership,
			@RequestParam(defaultValue = "NAME") UniversitySort sort, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		UniversityCriteria criteria = new UniversityCriteria(SearchQuery.of(q), country, RequestText.clean(region),
				membership);
		Download download = Download.of("universities", request, response);
		download.write(this.export.columns(download.base()),
				(row, batchDone) -> this.export.each(criteria, sort, locale, row, batchDone));
	}

	@GetMapping("/universities/{slug}")
	String show(@PathVariable String slug, Model model) {
		University university = this.universities.profile(slug);
		model.addAttribute("university", university);
		this.pageSections.forEach((section) -> section.addTo(university, model));
		model.addAttribute("changeLog", this.history.publicLog(University.class, university.getId()));
		model.addAttribute("linkedData", UniversityLinkedData.of(university, Permalinks.base()));
		return "universities/show";
	}

	/**
	 * The university's schema.org description (the JSON-LD its page carries), for a
	 * client that asks its page's address for {@code application/ld+json}.
	 */
	@GetMapping(path = "/universities/{slug}", produces = LinkedData.MEDIA_TYPE)
	@ResponseBody
	Map<String, Object> linkedData(@PathVariable String slug) {
		return UniversityLinkedData.of(this.universities.profile(slug), Permalinks.base());
	}

}
