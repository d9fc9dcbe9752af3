package org.bcua.registry.agreement;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

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
import org.bcua.registry.university.Country;
import org.bcua.registry.university.UniversityService;
import org.bcua.registry.web.CurrentRequest;
import org.bcua.registry.web.Download;
import org.bcua.registry.web.DownloadLinks;
import org.bcua.registry.web.FacetLinks;
import org.bcua.registry.web.Paging;
import org.bcua.registry.web.RequestText;

/**
 * The agreements list, with facets and a text query, and each agreement's page, laid out
 * like an entry of the UN Treaty Collection.
 */
@Controller
class AgreementController {

	private final AgreementService agreements;

	private final AgreementListing listing;

	private final UniversityService universities;

	private final HistoryService history;

	private final AgreementExport export;

	AgreementController(AgreementService agreements, AgreementListing listing, UniversityService universities,
			HistoryService history, AgreementExport export) {
		this.agreements = agreements;
		this.listing = listing;
		this.universities = universities;
		this.history = history;
		this.export = export;
	}

	@GetMapping("/agreements")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AgreementKind kind,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable Country country,
			@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String university, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Locale locale, HttpServletRequest request,
			Model model) {
		Paging paging = Paging.of(page, size);
		SearchQuery query = SearchQuery.of(q);
		String party = RequestText.clean(university);
		FacetedPage<Agreement> result = this.listing.find(
				new AgreementCriteria(query, kind, year, status, country, RequestText.clean(area), party), locale,
				paging.index(), paging.size());
		model.addAttribute("agreements", result.page().getContent());
		model.addAttribute("links", Paging.links(result.page(), CurrentRequest.uri(request)));
		model.addAttribute("facets", FacetLinks.of(result.facets(), CurrentRequest.uri(request)));
		model.addAttribute("query", query);
		model.addAttribute("downloads", DownloadLinks.of(request, "/agreements"));
		model.addAttribute("party", (party != null) ? this.universities.listed(party).orElse(null) : null);
		model.addAttribute("partySlug", party);
		model.addAttribute("allParties",
				CurrentRequest.uri(request)
					.replaceQueryParam("university")
					.replaceQueryParam("page")
					.build()
					.toUriString());
		return "agreements/list";
	}

	/**
	 * Every agreement of the list with the same filters and text query (all pages of it),
	 * as CSV or JSON, streamed as it is read.
	 */
	@GetMapping({ "/agreements.csv", "/agreements.json" })
	void export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AgreementKind kind,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable Country country,
			@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String university, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		AgreementCriteria criteria = new AgreementCriteria(SearchQuery.of(q), kind, year, status, country,
				RequestText.clean(area), RequestText.clean(university));
		Download download = Download.of("agreements", request, response);
		download.write(this.export.columns(locale, download.base()),
				(row, batchDone) -> this.export.each(criteria, row, batchDone));
	}

	@GetMapping("/agreements/{slug}")
	String show(@PathVariable String slug, Model model) {
		AgreementDetail detail = this.agreements.show(slug);
		model.addAttribute("detail", detail);
		model.addAttribute("changeLog", this.history.publicLog(Agreement.class, detail.agreement().getId()));
		model.addAttribute("linkedData", AgreementLinkedData.of(detail.agreement(), Permalinks.base()));
		return "agreements/show";
	}

	/**
	 * The agreement's schema.org description (the JSON-LD its page carries), for a client
	 * that asks its page's address for {@code application/ld+json}.
	 */
	@GetMapping(path = "/agreements/{slug}", produces = LinkedData.MEDIA_TYPE)
	@ResponseBody
	Map<String, Object> linkedData(@PathVariable String slug) {
		return AgreementLinkedData.of(this.agreements.show(slug).agreement(), Permalinks.base());
	}

}
