package org.bcua.registry.university;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.bcua.registry.admin.AdminController;
import org.bcua.registry.admin.FormMerge;
import org.bcua.registry.admin.MergeChoices;
import org.bcua.registry.admin.RecordPages;
import org.bcua.registry.admin.StaleForms;
import org.bcua.registry.shared.Confidence;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.References;
import org.bcua.registry.shared.StaleRecordException;
import org.bcua.registry.source.CitationForm;

/**
 * Adding and editing universities (names, other names, membership, sources), archiving
 * them (administrators only) and their history.
 */
@AdminController
@RequestMapping("/admin/universities")
class UniversityAdminController {

	private static final String FORM = "admin/universities/form";

	/**
	 * How a university's form merges with the university as someone else changed it:
	 * other names are known by their language and spelling, sources by their address.
	 */
	private static final FormMerge<UniversityForm> MERGE = CitationForm.withSources(FormMerge.of(UniversityForm::new)
		.field("nameEn", "history.field.nameEn")
		.field("nameRu", "history.field.nameRu")
		.field("nameBe", "history.field.nameBe")
		.field("nameZh", "history.field.nameZh")
		.field("country", "history.field.country", FormMerge.message("country."))
		.field("city", "history.field.city")
		.field("region", "history.field.region")
		.field("foundedYear", "history.field.foundedYear")
		.field("website", "history.field.website")
		.field("rorId", "history.field.rorId")
		.field("wikidataId", "history.field.wikidataId")
		.field("membershipRole", "history.field.membershipRole", FormMerge.message("membership."))
		.field("membershipSince", "history.field.membershipSince")
		.field("membershipNote", "history.field.membershipNote")
		.rows("aliases", "history.field.aliases",
				FormMerge.of(AliasForm::new)
					.field("kind", "name.kind", FormMerge.message("name.kind."))
					.field("note", "source.note"),
				(alias) -> (alias.getName() != null) ? Arrays.asList(alias.getLanguage(), alias.getName()) : null,
				(alias) -> Objects.requireNonNull(alias.getName())));

	private final UniversityFormValidator validator;

	private final UniversityService universities;

	private final References references;

	private final HistoryService history;

	UniversityAdminController(UniversityService universities, References references, HistoryService history,
			UniversityFormValidator validator) {
		this.validator = validator;
		this.universities = universities;
		this.references = references;
		this.history = history;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("countries", Country.values());
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("aliasKinds", AliasKind.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Page<University> result = this.universities.listForEditors(archived, Math.max(page, 1) - 1, 100);
		model.addAttribute("universities", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("archived", archived);
		return "admin/universities/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", UniversityForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") UniversityForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (addsRow(form, action, model)) {
			return form(model, null);
		}
		this.validator.validate(form, result, null);
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			University university = this.universities.create(form);
			return RecordPages.saved(redirect, university.getNames().en(), "/admin/universities/" + university.getId());
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("form.error.conflict");
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		University university = this.universities.edit(id);
		model.addAttribute("form", UniversityForm.of(university));
		return form(model, university);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UniversityForm form, BindingResult result,
			@ModelAttribute(MergeChoices.NAME) MergeChoices choices, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect) {
		University current = this.universities.edit(id);
		StaleForms.Edit<University, UniversityForm> edit = new StaleForms.Edit<>(MERGE, this.history, University.class,
				id, current, UniversityForm::of);
		Set<String> open = StaleForms.settle(edit, form, choices, model);
		if (addsRow(form, action, model)) {
			return form(model, current);
		}
		if (StaleForms.refusedIfStale(edit, form, open, result, model)) {
			return form(model, current);
		}
		this.validator.validate(form, result, id);
		if (result.hasErrors() || StaleForms.unsettled(edit, form, open, result, model)) {
			return form(model, current);
		}
		try {
			University university = this.universities.update(id, form);
			return RecordPages.saved(redirect, university.getNames().en(), "/admin/universities/" + id);
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			University latest = this.universities.edit(id);
			StaleForms.refuse(edit, form, open, latest, result, model);
			return form(model, latest);
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("form.error.conflict");
			return form(model, current);
		}
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return RecordPages.archive(redirect, this.references.to(RecordKind.UNIVERSITY, id), "/admin/universities/" + id,
				"/admin/universities", () -> this.universities.archive(id, version).getNames().en());
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		University university = this.universities.edit(id);
		return RecordPages.history(model, this.history, University.class, id, university.getNames().en(),
				"/admin/universities/" + id, university.isArchived() ? null : "/universities/" + university.getSlug());
	}

	private static boolean addsRow(UniversityForm form, String action, Model model) {
		switch (action) {
			case "addAlias" -> form.addAlias();
			case "addSource" -> form.addSource();
			case "save" -> {
				return false;
			}
			default ->
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action of the university form");
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		return true;
	}

	private String form(Model model, @Nullable University university) {
		model.addAttribute("university", university);
		return FORM;
	}

}
