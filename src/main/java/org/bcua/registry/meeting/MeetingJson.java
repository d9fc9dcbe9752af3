package org.bcua.registry.meeting;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.api.Api;
import org.bcua.registry.api.ChangeJson;
import org.bcua.registry.api.DateJson;
import org.bcua.registry.api.NameJson;
import org.bcua.registry.api.RecordLink;
import org.bcua.registry.shared.HistoryEntry;
import org.bcua.registry.source.CitationJson;
import org.bcua.registry.university.MembershipEvidence;
import org.bcua.registry.university.UniversityJson;

/**
 * A meeting as the API shows it: everything its page shows.
 *
 * @param slug its stable identifier
 * @param page its page on the site
 * @param api its address in the API
 * @param number its number
 * @param numberInferred whether the number is inferred
 * @param titles its titles
 * @param startsOn its first day
 * @param endsOn its last day
 * @param city its city
 * @param venue its venue
 * @param country its country
 * @param summary what happened
 * @param universitiesAttending how many universities attended
 * @param participants how many people took part
 * @param attendanceNote a note on attendance
 * @param hosts its hosts
 * @param attended the universities known to have attended
 * @param sources its sources
 * @param referencedBy the public records that name it
 * @param changes its public change log
 * @param updatedAt when its record last changed
 */
@Schema(name = "Meeting", description = "A meeting of the association, with everything its page shows.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingJson(
		@Schema(description = "Its stable identifier.", example = "2025-10-13-minsk",
				requiredMode = Schema.RequiredMode.REQUIRED) String slug,
		@Schema(description = "Its page on the site.", format = "uri",
				example = "https://registry.example.org/meetings/2025-10-13-minsk",
				requiredMode = Schema.RequiredMode.REQUIRED) String page,
		@Schema(description = "Its address in the API.", format = "uri",
				example = "https://registry.example.org/api/v1/meetings/2025-10-13-minsk",
				requiredMode = Schema.RequiredMode.REQUIRED) String api,
		@Schema(description = "Its number in the series of meetings.", example = "5") @Nullable Integer number,
		@Schema(description = "Whether the number is inferred rather than stated by a source.", example = "false",
				requiredMode = Schema.RequiredMode.REQUIRED) boolean numberInferred,
		@Schema(description = "Its titles in the registry's languages.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> titles,
		@Schema(description = "Its first day.", requiredMode = Schema.RequiredMode.REQUIRED) DateJson startsOn,
		@Schema(description = "Its last day, when it lasted more than one.") @Nullable DateJson endsOn,
		@Schema(description = "Its city.", example = "Minsk") @Nullable String city,
		@Schema(description = "Its venue.", example = "BSUIR") @Nullable String venue,
		@Schema(description = "Its country.", example = "BY") @Nullable String country,
		@Schema(description = "What happened.", example = "The association's annual meeting.") @Nullable String summary,
		@Schema(description = "How many universities attended.",
				example = "40") @Nullable Integer universitiesAttending,
		@Schema(description = "How many people took part.", example = "120") @Nullable Integer participants,
		@Schema(description = "A note on attendance.",
				example = "Figures from the host's report") @Nullable String attendanceNote,
		@Schema(description = "The universities that hosted it.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<RecordLink> hosts,
		@Schema(description = "The universities known from sources to have attended.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<RecordLink> attended,
		@Schema(description = "The sources of what is recorded of it.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<CitationJson> sources,
		@Schema(description = "The public records that name it: the agreements signed there.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<RecordLink> referencedBy,
		@Schema(description = "Its public change log, newest first.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<ChangeJson> changes,
		@Schema(description = "When its record last changed.",
				example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt) {

	static MeetingJson of(Meeting meeting, List<MembershipEvidence> attendance, List<RecordLink> referencedBy,
			List<HistoryEntry> log, HttpServletRequest request) {
		return new MeetingJson(meeting.getSlug(), page(meeting, request), api(meeting, request), meeting.getNumber(),
				meeting.isNumberInferred(), NameJson.of(meeting.getTitles()), DateJson.of(meeting.getStartsOn()),
				DateJson.of(meeting.getEndsOn()), meeting.getCity(), meeting.getVenue(), meeting.getCountry(),
				meeting.getSummary(), meeting.getUniversitiesAttending(), meeting.getParticipants(),
				meeting.getAttendanceNote(),
				meeting.getHosts().stream().map((host) -> UniversityJson.link(host, request)).toList(),
				attendance.stream()
					.map((evidence) -> UniversityJson.link(evidence.getUniversity(), request))
					.distinct()
					.toList(),
				CitationJson.of(meeting.getSources(), request), referencedBy, ChangeJson.of(log),
				meeting.getUpdatedAt());
	}

	/**
	 * A link to a meeting from another record.
	 */
	public static RecordLink link(Meeting meeting, HttpServletRequest request) {
		return RecordLink.of("meeting", "meetings", meeting.getSlug(), meeting.getTitles().en(), request);
	}

	static String page(Meeting meeting, HttpServletRequest request) {
		return Api.url(request, "/meetings/" + meeting.getSlug());
	}

	static String api(Meeting meeting, HttpServletRequest request) {
		return Api.url(request, Api.PREFIX + "/meetings/" + meeting.getSlug());
	}

	/**
	 * A meeting in a list.
	 *
	 * @param slug its stable identifier
	 * @param page its page
	 * @param api its address in the API
	 * @param number its number
	 * @param titles its titles
	 * @param startsOn its first day
	 * @param city its city
	 * @param hosts its hosts
	 * @param updatedAt when its record last changed
	 */
	@Schema(name = "MeetingSummary", description = "A meeting in a list; its address gives everything.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Summary(
			@Schema(description = "Its stable identifier.", example = "2025-10-13-minsk",
					requiredMode = Schema.RequiredMode.REQUIRED) String slug,
			@Schema(description = "Its page on the site.", format = "uri",
					example = "https://registry.example.org/meetings/2025-10-13-minsk",
					requiredMode = Schema.RequiredMode.REQUIRED) String page,
			@Schema(description = "Its address in the API.", format = "uri",
					example = "https://registry.example.org/api/v1/meetings/2025-10-13-minsk",
					requiredMode = Schema.RequiredMode.REQUIRED) String api,
			@Schema(description = "Its number in the series of meetings.", example = "5") @Nullable Integer number,
			@Schema(description = "Its titles in the registry's languages.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> titles,
			@Schema(description = "Its first day.", requiredMode = Schema.RequiredMode.REQUIRED) DateJson startsOn,
			@Schema(description = "Its city.", example = "Minsk") @Nullable String city,
			@Schema(description = "The universities that hosted it.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<RecordLink> hosts,
			@Schema(description = "When its record last changed.",
					example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt) {

		static Summary of(Meeting meeting, HttpServletRequest request) {
			return new Summary(meeting.getSlug(), MeetingJson.page(meeting, request), MeetingJson.api(meeting, request),
					meeting.getNumber(), NameJson.of(meeting.getTitles()), DateJson.of(meeting.getStartsOn()),
					meeting.getCity(),
					meeting.getHosts().stream().map((host) -> UniversityJson.link(host, request)).toList(),
					meeting.getUpdatedAt());
		}

	}

}
