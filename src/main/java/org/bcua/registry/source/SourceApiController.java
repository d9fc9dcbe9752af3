package org.bcua.registry.source;

import java.time.Instant;

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

/**
 * The sources of the API: those a public record cites.
 */
@ApiController
@Tag(name = "Sources", description = "The published documents the registry's facts come from.")
class SourceApiController {

	private final SourceService sources;

	SourceApiController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping(Api.PREFIX + "/sources")
	@Operation(operationId = "listSources", summary = "List the sources",
			description = "The sources that public records cite, by identifier; with modifiedSince, those changed "
					+ "at or after it, in the order of change.")
	ResponseEntity<ApiPage<SourceJson>> list(
			@Parameter(description = "The page, one-based.", example = "1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Records per page, 1 to 100.",
					example = "20") @RequestParam(defaultValue = "" + ApiParameters.DEFAULT_SIZE) int size,
			@Parameter(description = "Only records changed at or after this ISO-8601 instant or date (UTC).",
					example = "2025-10-01T00:00:00Z") @RequestParam(required = false) @Nullable String modifiedSince,
			HttpServletRequest request) {
		ApiParameters.checkPage(page, size);
		Instant since = ApiParameters.instant("modifiedSince", modifiedSince);
		Page<Source> result = (since != null) ? this.sources.citedPubliclyChangedSince(since, page - 1, size)
				: this.sources.citedPublicly(page - 1, size);
		return ApiPage.of(result, result.map((source) -> SourceJson.of(source, request)).getContent(), request);
	}

	@GetMapping(Api.PREFIX + "/sources/{id}")
	@Operation(operationId = "getSource", summary = "Get a source",
			description = "A source that a public record cites.")
	ResponseEntity<SourceJson> show(
			@Parameter(description = "The source's identifier.", example = "1") @PathVariable long id,
			HttpServletRequest request) {
		Source source = this.sources.citedPublicly(id);
		return ApiRecord.of(SourceJson.of(source, request));
	}

}
