package org.bcua.registry.person;

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
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.RecordKind;

/**
 * The people of the API: the list as the people page shows it, and each person with
 * everything their page shows (also at their page's address, asked for in JSON).
 */
@ApiController
@Tag(name = "People", description = "People who sign agreements or lead universities.")
class PersonApiController {

	private final PersonService people;

	private final List<Referrers> referrers;

	private final HistoryService history;

	PersonApiController(PersonService people, List<Referrers> referrers, HistoryService history) {
		this.people = people;
		this.referrers = referrers;
		this.history = history;
	}

	@GetMapping(Api.PREFIX + "/people")
	@Operation(operationId = "listPeople", summary = "List the people",
			description = "The people, by English name; with modifiedSince, those changed at or after it, in the "
					+ "order of change.")
	ResponseEntity<ApiPage<PersonJson.Summary>> list(
			@Parameter(description = "The page, one-based.", example = "1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Records per page, 1 to 100.",
					example = "20") @RequestParam(defaultValue = "" + ApiParameters.DEFAULT_SIZE) int size,
			@Parameter(description = "Only records changed at or after this ISO-8601 instant or date (UTC).",
					example = "2025-10-01T00:00:00Z") @RequestParam(required = false) @Nullable String modifiedSince,
			HttpServletRequest request) {
		ApiParameters.checkPage(page, size);
		Instant since = ApiParameters.instant("modifiedSince", modifiedSince);
		Page<Person> result = (since != null) ? this.people.listedChangedSince(since, page - 1, size)
				: this.people.list(Locale.ENGLISH, page - 1, size);
		return ApiPage.of(result, result.getContent().stream().map((p) -> PersonJson.Summary.of(p, request)).toList(),
				request);
	}

	@GetMapping({ Api.PREFIX + "/people/{slug}", "/people/{slug}" })
	@Operation(operationId = "getPerson", summary = "Get a person",
			description = "A person with their names, positions, sources, the agreements they signed and their "
					+ "public change log. The same JSON answers their page's address asked for with "
					+ "Accept: application/json.")
	ResponseEntity<PersonJson> show(@Parameter(description = "The person's stable identifier.",
			example = "vadim-bogush") @PathVariable String slug, HttpServletRequest request) {
		Person person = this.people.profile(slug);
		long id = person.getId();
		return ApiRecord.of(PersonJson.of(person, Referrers.all(this.referrers, RecordKind.PERSON, id, request),
				this.history.publicLog(Person.class, id), request));
	}

}
