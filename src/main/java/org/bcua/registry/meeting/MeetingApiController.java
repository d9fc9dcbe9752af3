package org.bcua.registry.meeting;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
import org.bcua.registry.university.UniversityService;

/**
 * The meetings of the API: the list as the meetings page shows it (latest first), and
 * each meeting with everything its page shows (also at its page's address, asked for in
 * JSON).
 */
@ApiController
@Tag(name = "Meetings", description = "Meetings of the association.")
class MeetingApiController {

	private final MeetingService meetings;

	private final UniversityService universities;

	private final List<Referrers> referrers;

	private final HistoryService history;

	MeetingApiController(MeetingService meetings, UniversityService universities, List<Referrers> referrers,
			HistoryService history) {
		this.meetings = meetings;
		this.universities = universities;
		this.referrers = referrers;
		this.history = history;
	}

	@GetMapping(Api.PREFIX + "/meetings")
	@Operation(operationId = "listMeetings", summary = "List the meetings",
			description = "The meetings, latest first; with modifiedSince, those changed at or after it, in the "
					+ "order of change.")
	ResponseEntity<ApiPage<MeetingJson.Summary>> list(
			@Parameter(description = "The page, one-based.", example = "1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Records per page, 1 to 100.",
					example = "20") @RequestParam(defaultValue = "" + ApiParameters.DEFAULT_SIZE) int size,
			@Parameter(description = "Only records changed at or after this ISO-8601 instant or date (UTC).",
					example = "2025-10-01T00:00:00Z") @RequestParam(required = false) @Nullable String modifiedSince,
			HttpServletRequest request) {
		ApiParameters.checkPage(page, size);
		Instant since = ApiParameters.instant("modifiedSince", modifiedSince);
		List<Meeting> all = (since != null) ? this.meetings.listedChangedSince(since) : this.meetings.list();
		int from = (int) Math.min((long) (page - 1) * size, all.size());
		Page<Meeting> result = new PageImpl<>(all.subList(from, Math.min(from + size, all.size())),
				PageRequest.of(page - 1, size), all.size());
		return ApiPage.of(result, result.getContent().stream().map((m) -> MeetingJson.Summary.of(m, request)).toList(),
				request);
	}

	@GetMapping({ Api.PREFIX + "/meetings/{slug}", "/meetings/{slug}" })
	@Operation(operationId = "getMeeting", summary = "Get a meeting",
			description = "A meeting with its hosts, attendance, sources, the agreements signed there and its "
					+ "public change log. The same JSON answers its page's address asked for with "
					+ "Accept: application/json.")
	ResponseEntity<MeetingJson> show(@Parameter(description = "The meeting's stable identifier.",
			example = "2025-10-13-minsk") @PathVariable String slug, HttpServletRequest request) {
		Meeting meeting = this.meetings.show(slug);
		long id = meeting.getId();
		return ApiRecord.of(MeetingJson.of(meeting, this.universities.attendance(id),
				Referrers.all(this.referrers, RecordKind.MEETING, id, request),
				this.history.publicLog(Meeting.class, id), request));
	}

}
