package org.bcua.registry.meeting;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.bcua.registry.university.MembershipEvidence;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityPageSection;

/**
 * The meetings that are evidence of a university's membership, on its page (by id, for
 * the rows of its evidence).
 */
@Component
class MeetingsOnUniversityPage implements UniversityPageSection {

	private final MeetingService meetings;

	MeetingsOnUniversityPage(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void addTo(University university, Model model) {
		List<Long> meetingIds = university.getEvidence()
			.stream()
			.map(MembershipEvidence::getMeetingId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		model.addAttribute("meetingsById", this.meetings.byIds(meetingIds));
	}

}
