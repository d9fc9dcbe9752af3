package org.bcua.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.bcua.registry.agreement.Agreement;
import org.bcua.registry.agreement.AgreementDetail;
import org.bcua.registry.agreement.AgreementFilter;
import org.bcua.registry.agreement.AgreementKind;
import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.agreement.AgreementStatus;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.university.UniversityService;

/**
 * The agreements list and each agreement's page, laid out like an entry of the UN Treaty
 * Collection.
 */
@Controller
class AgreementController {

	private final AgreementService agreements;

	private final UniversityService universities;

	private final HistoryService history;

	AgreementController(AgreementService agreements, UniversityService universities, HistoryService history) {
		this.agreements = agreements;
		this.universities = universities;
		this.history = history;
	}

	@GetMapping("/agreements")
	String list(@RequestParam(required = false) @Nullable AgreementKind kind,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String university, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, HttpServletRequest request, Model model) {
		Paging paging = Paging.of(page, size);
		String party = (university != null && !university.isBlank()) ? university : null;
		AgreementFilter filter = new AgreementFilter(kind, status, year, party);
		Page<Agreement> result = this.agreements.list(filter, paging.index(), paging.size());
		model.addAttribute("agreements", result.getContent());
		model.addAttribute("links", Paging.links(result, CurrentRequest.uri(request)));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("years", this.agreements.years());
		model.addAttribute("universities", this.universities.all());
		return "agreements/list";
	}

	@GetMapping("/agreements/{slug}")
	String show(@PathVariable String slug, Model model) {
		AgreementDetail detail = this.agreements.show(slug);
		model.addAttribute("detail", detail);
		model.addAttribute("changeLog", this.history.publicLog(Agreement.class, detail.agreement().getId()));
		return "agreements/show";
	}

}
