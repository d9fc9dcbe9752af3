package org.bcua.registry.site;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.web.Download;
import org.bcua.registry.web.DownloadLinks;

/**
 * The search page, which finds universities, people, agreements and meetings by any name
 * in any script, and the suggestions of the search box in the header of every page.
 */
@Controller
class SearchController {

	static final int RESULTS_PER_KIND = 10;

	static final int RESULTS_OF_ONE_KIND = 100;

	static final int SUGGESTIONS = 8;

	/**
	 * Queries offered on an empty search: names of the data in the scripts visitors use.
	 */
	static final List<String> EXAMPLES = List.of("Dalian", "大连", "Далянь", "BSUIR", "БГУИР", "Богуш", "项昌乐");

	private final SearchService search;

	private final MessageSource messages;

	private final SearchExport export;

	SearchController(SearchService search, MessageSource messages, SearchExport export) {
		this.search = search;
		this.messages = messages;
		this.export = export;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable SearchKind kind, Locale locale, HttpServletRequest request,
			Model model) {
		SearchQuery query = SearchQuery.of(q);
		model.addAttribute("query", query);
		model.addAttribute("downloads", DownloadLinks.of(request, "/search"));
		model.addAttribute("searchQuery", query.typed());
		model.addAttribute("kind", kind);
		model.addAttribute("results",
				this.search.search(query, locale, (kind != null) ? RESULTS_OF_ONE_KIND : RESULTS_PER_KIND, kind));
		model.addAttribute("examples", EXAMPLES);
		model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
		return "search/results";
	}

	/**
	 * Every record the search finds (not only those the page shows), as CSV or JSON.
	 */
	@GetMapping({ "/search.csv", "/search.json" })
	void export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable SearchKind kind, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		SearchQuery query = SearchQuery.of(q);
		Download download = Download.of("search", request, response);
		download.write(this.export.columns(download.base()),
				(row, batchDone) -> this.export.each(query, kind, locale, row, batchDone));
	}

	@GetMapping(path = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<SuggestionView> suggest(@RequestParam(required = false) @Nullable String q, Locale locale,
			HttpServletRequest request) {
		return this.search.suggest(SearchQuery.of(q), locale, SUGGESTIONS)
			.stream()
			.map((suggestion) -> new SuggestionView(suggestion.label(), suggestion.original(),
					suggestion.originalLanguage(),
					this.messages.getMessage("search.kind." + suggestion.kind(), null, locale),
					request.getContextPath() + suggestion.path()))
			.toList();
	}

	/**
	 * A suggestion as the search box's script reads it.
	 *
	 * @param label the name in the interface language
	 * @param original the name in its original script, or {@code null}
	 * @param originalLanguage the language of the original name
	 * @param kind what the record is, in the interface language
	 * @param url the address of the record's page
	 */
	record SuggestionView(String label, @Nullable String original, String originalLanguage, String kind, String url) {

	}

}
