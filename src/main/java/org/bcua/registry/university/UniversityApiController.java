package org.bcua.registry.university;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.bcua.registry.api.Api;
import org.bcua.registry.api.ApiController;
import org.bcua.registry.api.ApiPage;
import org.bcua.registry.api.ApiParameters;
import org.bcua.registry.api.ApiRecord;
import org.bcua.registry.api.Referrers;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.RecordKind;

/**
 * The universities of the API: the list with the filters of the universities page, and
 * each university with everything its page shows (also at its page's address, asked for
 * in JSON).
 */
@ApiController
@Tag(name = "Universities", description = "Member and partner universities of the association.")
class UniversityApiController {

	private final UniversityService universities;

	private final UniversityListing listing;

	private final List<Referrers> referrers;

	private final HistoryService history;

	UniversityApiController(UniversityService universities, UniversityListing listing, List<Referrers> referrers,
			HistoryService history) {
		this.universities = universities;
		this.listing = listing;
		this.referrers = referrers;
		this.history = history;
	}

	@GetMapping(Api.PREFIX + "/universities")
	@Operation(operationId = "listUniversities", summary = "List the universities",
			description = "The universities, filtered as on the universities page, in the order asked for; with "
					+ "modifiedSince (which takes no other filter), those changed at or after it, in the order of "
					+ "change.")
	ResponseEntity<ApiPage<UniversityJson.Summary>> list(
			@Parameter(description = "Text to find in the names, in any script.",
					example = "Dalian") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Only universities of this country.",
					example = "CN") @RequestParam(required = false) @Nullable Country country,
			@Parameter(description = "Only universities of this province or region, as recorded.",
					example = "Liaoning") @RequestParam(required = false) @Nullable String region,
			@Parameter(description = "Only universities with this role in the association.",
					example = "CO_LEAD") @RequestParam(required = false) @Nullable MembershipRole membership,
			@Parameter(description = "The order: by English name, by city or by year of foundation.",
					example = "NAME") @RequestParam(defaultValue = "NAME") UniversitySort sort,
			@Parameter(description = "The page, one-based.", example = "1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Records per page, 1 to 100.",
					example = "20") @RequestParam(defaultValue = "" + ApiParameters.DEFAULT_SIZE) int size,
			@Parameter(description = "Only records changed at or after this ISO-8601 instant or date (UTC).",
					example = "2025-10-01T00:00:00Z") @RequestParam(required = false) @Nullable String modifiedSince,
			HttpServletRequest request) {
		ApiParameters.checkPage(page, size);
		String text = ApiParameters.text("q", q);
		String regionText = ApiParameters.text("region", region);
		Instant since = ApiParameters.instant("modifiedSince", modifiedSince);
		ApiParameters.notWithModifiedSince(since, "q", text);
		ApiParameters.notWithModifiedSince(since, "country", country);
		ApiParameters.notWithModifiedSince(since, "region", regionText);
		ApiParameters.notWithModifiedSince(since, "membership", membership);
		Page<University> result = (since != null) ? this.universities.listedChangedSince(since, page - 1, size)
				: this.listing
					.find(new UniversityCriteria(SearchQuery.of(text), country, regionText, membership), sort,
							Locale.ENGLISH, page - 1, size)
					.page();
		return ApiPage.of(result,
				result.getContent().stream().map((u) -> UniversityJson.Summary.of(u, request)).toList(), request);
	}

	@GetMapping({ Api.PREFIX + "/universities/{slug}", "/universities/{slug}" })
	@Operation(operationId = "getUniversity", summary = "Get a university",
			description = "A university with its names and aliases, identifiers, membership and its evidence, "
					+ "sources, the agreements that name it and its public change log. The same JSON answers its "
					+ "page's address asked for with Accept: application/json.")
	ResponseEntity<UniversityJson> show(
			@Parameter(description = "The university's stable identifier.", example = "dut") @PathVariable String slug,
			HttpServletRequest request) {
		University university = this.universities.profile(slug);
		long id = university.getId();
		return ApiRecord
			.of(UniversityJson.of(university, Referrers.all(this.referrers, RecordKind.UNIVERSITY, id, request),
					this.history.publicLog(University.class, id), request));
	}

}
