package org.bcua.registry.web;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingLinkedData;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.university.UniversityService;

/**
 * The meetings of the association and each meeting's page: hosts, attendance and the
 * agreements signed there.
 */
@Controller
class MeetingController {

	private final MeetingService meetings;

	private final AgreementService agreements;

	private final UniversityService universities;

	private final HistoryService history;

	MeetingController(MeetingService meetings, AgreementService agreements, UniversityService universities,
			HistoryService history) {
		this.meetings = meetings;
		this.agreements = agreements;
		this.universities = universities;
		this.history = history;
	}

	@GetMapping("/meetings")
	String list(Model model) {
		List<Meeting> all = this.meetings.list();
		model.addAttribute("meetings", all);
		model.addAttribute("agreementCounts",
				this.agreements.countByMeeting(all.stream().map(Meeting::getId).filter(Objects::nonNull).toList()));
		return "meetings/list";
	}

	@GetMapping("/meetings/{slug}")
	String show(@PathVariable String slug, Model model) {
		Meeting meeting = this.meetings.show(slug);
		model.addAttribute("meeting", meeting);
		model.addAttribute("agreements", this.agreements.atMeeting(meeting.getId()));
		model.addAttribute("attendance", this.universities.attendance(meeting.getId()));
		model.addAttribute("changeLog", this.history.publicLog(Meeting.class, meeting.getId()));
		model.addAttribute("linkedData", MeetingLinkedData.of(meeting, Permalinks.base()));
		return "meetings/show";
	}

}
