package org.bcua.registry.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.LinkedData;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.university.UniversityService;
import org.bcua.registry.web.Download;
import org.bcua.registry.web.DownloadLinks;

/**
 * The meetings of the association and each meeting's page: hosts, attendance and the
 * agreements signed there.
 */
@Controller
class MeetingController {

	private final MeetingService meetings;

	private final UniversityService universities;

	private final List<MeetingListSection> listSections;

	private final List<MeetingPageSection> pageSections;

	private final HistoryService history;

	private final MeetingExport export;

	MeetingController(MeetingService meetings, UniversityService universities, List<MeetingListSection> listSections,
			List<MeetingPageSection> pageSections, HistoryService history, MeetingExport export) {
		this.export = export;
		this.meetings = meetings;
		this.universities = universities;
		this.listSections = listSections;
		this.pageSections = pageSections;
		this.history = history;
	}

	@GetMapping("/meetings")
	String list(HttpServletRequest request, Model model) {
		List<Meeting> all = this.meetings.list();
		model.addAttribute("meetings", all);
		model.addAttribute("downloads", DownloadLinks.of(request, "/meetings"));
		this.listSections.forEach((section) -> section.addTo(all, model));
		return "meetings/list";
	}

	/**
	 * Every meeting of the list, as CSV or JSON.
	 */
	@GetMapping({ "/meetings.csv", "/meetings.json" })
	void export(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Download download = Download.of("meetings", request, response);
		download.write(this.export.columns(locale, download.base()),
				(row, batchDone) -> this.export.each(row, batchDone));
	}

	@GetMapping("/meetings/{slug}")
	String show(@PathVariable String slug, Model model) {
		Meeting meeting = this.meetings.show(slug);
		model.addAttribute("meeting", meeting);
		this.pageSections.forEach((section) -> section.addTo(meeting, model));
		model.addAttribute("attendance", this.universities.attendance(meeting.getId()));
		model.addAttribute("changeLog", this.history.publicLog(Meeting.class, meeting.getId()));
		model.addAttribute("linkedData", MeetingLinkedData.of(meeting, Permalinks.base()));
		return "meetings/show";
	}

	/**
	 * The meeting's schema.org description (the JSON-LD its page carries), for a client
	 * that asks its page's address for {@code application/ld+json}.
	 */
	@GetMapping(path = "/meetings/{slug}", produces = LinkedData.MEDIA_TYPE)
	@ResponseBody
	Map<String, Object> linkedData(@PathVariable String slug) {
		return MeetingLinkedData.of(this.meetings.show(slug), Permalinks.base());
	}

}
