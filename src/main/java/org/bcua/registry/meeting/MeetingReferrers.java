package org.bcua.registry.meeting;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.bcua.registry.api.RecordLink;
import org.bcua.registry.api.Referrers;
import org.bcua.registry.shared.RecordKind;

/**
 * What meetings add to a university of the API: the meetings it hosted or that its
 * membership evidence names (as {@link MeetingsOnUniversityPage} adds them to its page).
 */
@Component
class MeetingReferrers implements Referrers {

	private final MeetingService meetings;

	MeetingReferrers(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public List<RecordLink> referringTo(RecordKind kind, long id, HttpServletRequest request) {
		if (kind != RecordKind.UNIVERSITY) {
			return List.of();
		}
		return this.meetings.withUniversity(id).stream().map((meeting) -> MeetingJson.link(meeting, request)).toList();
	}

}
