package org.bcua.registry.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.university.UniversityService;

/**
 * The home page: what the association is, figures computed from the registry, the latest
 * agreements and the meetings.
 */
@Controller
class HomeController {

	static final int LATEST = 5;

	private final UniversityService universities;

	private final AgreementService agreements;

	private final PersonService people;

	private final MeetingService meetings;

	HomeController(UniversityService universities, AgreementService agreements, PersonService people,
			MeetingService meetings) {
		this.universities = universities;
		this.agreements = agreements;
		this.people = people;
		this.meetings = meetings;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("countries", this.universities.figuresByCountry());
		model.addAttribute("agreementCount", this.agreements.count());
		model.addAttribute("instrumentCount", this.agreements.countAssociationInstruments());
		model.addAttribute("personCount", this.people.count());
		model.addAttribute("latest", this.agreements.latest(LATEST));
		model.addAttribute("meetings", this.meetings.list());
		return "index";
	}

}
