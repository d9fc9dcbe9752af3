package org.bcua.registry.agreement;

import java.time.Instant;
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
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.university.Country;

/**
 * The agreements of the API: the list with the filters and text query of the agreements
 * page ({@link AgreementListing}), and each agreement with everything its page shows
 * (also at its page's address, asked for in JSON).
 */
@ApiController
@Tag(name = "Agreements",
		description = "Declarations, agreements, memoranda and programmes, with their parties " + "and signatories.")
class AgreementApiController {

	private final AgreementService agreements;

	private final AgreementListing listing;

	private final HistoryService history;

	AgreementApiController(AgreementService agreements, AgreementListing listing, HistoryService history) {
		this.agreements = agreements;
		this.listing = listing;
		this.history = history;
	}

	@GetMapping(Api.PREFIX + "/agreements")
	@Operation(operationId = "listAgreements", summary = "List the agreements",
			description = "The published agreements, filtered as on the agreements page, latest first; with "
					+ "modifiedSince (which takes no other filter), those changed at or after it, in the order of "
					+ "change.")
	ResponseEntity<ApiPage<AgreementJson.Summary>> list(
			@Parameter(description = "Text to find in the titles and parties' names, in any script.",
					example = "declaration") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Only agreements of this kind.",
					example = "DECLARATION") @RequestParam(required = false) @Nullable AgreementKind kind,
			@Parameter(
					description = "Only agreements signed in this year (or entered into force, when no signing "
							+ "date is known).",
					example = "2025") @RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = "Only agreements with this status.",
					example = "SIGNED") @RequestParam(required = false) @Nullable AgreementStatus status,
			@Parameter(description = "Only agreements with a party of this country.",
					example = "BY") @RequestParam(required = false) @Nullable Country country,
			@Parameter(description = "Only agreements of this area of cooperation (its identifier).",
					example = "education-and-science") @RequestParam(required = false) @Nullable String area,
			@Parameter(description = "Only agreements this university (its identifier) is party to.",
					example = "dut") @RequestParam(required = false) @Nullable String university,
			@Parameter(description = "The page, one-based.", example = "1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Records per page, 1 to 100.",
					example = "20") @RequestParam(defaultValue = "" + ApiParameters.DEFAULT_SIZE) int size,
			@Parameter(description = "Only records changed at or after this ISO-8601 instant or date (UTC).",
					example = "2025-10-01T00:00:00Z") @RequestParam(required = false) @Nullable String modifiedSince,
			HttpServletRequest request) {
		ApiParameters.checkPage(page, size);
		String text = ApiParameters.text("q", q);
		String areaSlug = ApiParameters.text("area", area);
		String party = ApiParameters.text("university", university);
		Instant since = ApiParameters.instant("modifiedSince", modifiedSince);
		ApiParameters.notWithModifiedSince(since, "q", text);
		ApiParameters.notWithModifiedSince(since, "kind", kind);
		ApiParameters.notWithModifiedSince(since, "year", year);
		ApiParameters.notWithModifiedSince(since, "status", status);
		ApiParameters.notWithModifiedSince(since, "country", country);
		ApiParameters.notWithModifiedSince(since, "area", areaSlug);
		ApiParameters.notWithModifiedSince(since, "university", party);
		Page<Agreement> result = (since != null) ? this.agreements.changedSince(since, page - 1, size)
				: this.listing
					.find(new AgreementCriteria(SearchQuery.of(text), kind, year, status, country, areaSlug, party),
							Locale.ENGLISH, page - 1, size)
					.page();
		return ApiPage.of(result,
				result.getContent().stream().map((a) -> AgreementJson.Summary.of(a, request)).toList(), request);
	}

	@GetMapping({ Api.PREFIX + "/agreements/{slug}", "/agreements/{slug}" })
	@Operation(operationId = "getAgreement", summary = "Get an agreement",
			description = "A published agreement with its titles, dates and their precision, status, meeting, "
					+ "areas, parties with their signatories and positions, relations, sources and public change "
					+ "log. The same JSON answers its page's address asked for with Accept: application/json.")
	ResponseEntity<AgreementJson> show(
			@Parameter(description = "The agreement's stable identifier.",
					example = "2025-10-13-declaration-higher-education") @PathVariable String slug,
			HttpServletRequest request) {
		AgreementDetail detail = this.agreements.show(slug);
		return ApiRecord
			.of(AgreementJson.of(detail, this.history.publicLog(Agreement.class, detail.agreement().getId()), request));
	}

}
