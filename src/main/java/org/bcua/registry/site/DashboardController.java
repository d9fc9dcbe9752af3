package org.bcua.registry.site;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.bcua.registry.admin.AdminController;
import org.bcua.registry.agreement.AgreementRecording;
import org.bcua.registry.agreement.Publication;
import org.bcua.registry.shared.HistoryService;

/**
 * The start page of the admin area: what to do, the drafts waiting, and the latest
 * changes of the registry.
 */
@AdminController
class DashboardController {

	private static final int RECENT = 15;

	/**
	 * The segment of each kind of record in the admin area's addresses
	 * ({@code /admin/agreements/7}).
	 */
	private static final Map<String, String> SEGMENTS = Map.of("Agreement", "agreements", "University", "universities",
			"Person", "people", "Meeting", "meetings", "Source", "sources");

	private final AgreementRecording agreements;

	private final HistoryService history;

	DashboardController(AgreementRecording agreements, HistoryService history) {
		this.agreements = agreements;
		this.history = history;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("drafts", this.agreements.listForEditors(Publication.DRAFT, false, 0, 10));
		model.addAttribute("recent", this.history.recent(RECENT));
		model.addAttribute("segments", SEGMENTS);
		return "admin/index";
	}

}
