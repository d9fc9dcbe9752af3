package org.bcua.registry.source;

import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.bcua.registry.admin.AdminController;
import org.bcua.registry.admin.FormMerge;
import org.bcua.registry.admin.MergeChoices;
import org.bcua.registry.admin.StaleForms;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.StaleRecordException;

/**
 * Correcting sources (they are recorded when a record first cites them) and their
 * history.
 */
@AdminController
@RequestMapping("/admin/sources")
class SourceAdminController {

	private static final String FORM = "admin/sources/form";

	/**
	 * How a source's form merges with the source as someone else changed it.
	 */
	private static final FormMerge<SourceForm> MERGE = FormMerge.of(SourceForm::new)
		.field("url", "history.field.url")
		.field("title", "history.field.title")
		.field("publisher", "history.field.publisher")
		.field("language", "history.field.language")
		.field("published", "history.field.publishedOn");

	private final SourceService sources;

	private final HistoryService history;

	SourceAdminController(SourceService sources, HistoryService history) {
		this.sources = sources;
		this.history = history;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<Source> result = this.sources.list(Math.max(page, 1) - 1, 100);
		model.addAttribute("sources", result.getContent());
		model.addAttribute("page", result);
		return "admin/sources/list";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Source source = this.sources.get(id);
		model.addAttribute("source", source);
		model.addAttribute("form", SourceForm.of(source));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult result,
			@ModelAttribute(MergeChoices.NAME) MergeChoices choices, Model model, RedirectAttributes redirect) {
		Source current = this.sources.get(id);
		model.addAttribute("source", current);
		StaleForms.Edit<Source, SourceForm> edit = new StaleForms.Edit<>(MERGE, this.history, Source.class, id, current,
				SourceForm::of);
		Set<String> open = StaleForms.settle(edit, form, choices, model);
		if (result.hasErrors() || StaleForms.refusedIfStale(edit, form, open, result, model)
				|| StaleForms.unsettled(edit, form, open, result, model)) {
			return FORM;
		}
		try {
			Source source = this.sources.update(id, form, result);
			if (result.hasErrors()) {
				return FORM;
			}
			redirect.addFlashAttribute("message", "recordSaved");
			redirect.addFlashAttribute("messageArgument", source.getLabel());
			return "redirect:/admin/sources/" + id;
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			Source latest = this.sources.get(id);
			StaleForms.refuse(edit, form, open, latest, result, model);
			model.addAttribute("source", latest);
			return FORM;
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("form.error.conflict");
			return FORM;
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Source source = this.sources.get(id);
		model.addAttribute("recordTitle", source.getLabel());
		model.addAttribute("back", "/admin/sources/" + id);
		model.addAttribute("publicUrl", null);
		model.addAttribute("entries", this.history.of(Source.class, id));
		return "admin/history";
	}

}
