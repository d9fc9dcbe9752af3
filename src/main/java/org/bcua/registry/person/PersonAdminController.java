package org.bcua.registry.person;

import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.bcua.registry.university.UniversityService;

/**
 * Adding and editing people (names, positions, sources), archiving them (administrators
 * only) and their history.
 */
@AdminController
@RequestMapping("/admin/people")
class PersonAdminController {

	private static final String FORM = "admin/people/form";

	private final PersonFormValidator validator;

	private final PersonService people;

	private final UniversityService universities;

	private final References references;

	private final PositionReferences positionReferences;

	private final HistoryService history;

	private final FormMerge<PersonForm> merge;

	PersonAdminController(PersonService people, UniversityService universities, References references,
			PositionReferences positionReferences, HistoryService history, PersonFormValidator validator) {
		this.validator = validator;
		this.people = people;
		this.universities = universities;
		this.references = references;
		this.positionReferences = positionReferences;
		this.history = history;
		this.merge = CitationForm
			.withSources(
					FormMerge.of(PersonForm::new)
						.field("nameEn", "history.field.nameEn")
						.field("nameRu", "history.field.nameRu")
						.field("nameBe", "history.field.nameBe")
						.field("nameZh", "history.field.nameZh")
						.rows("positions", "history.field.positions", FormMerge.of(PositionForm::new)
							.field("universityId", "person.position.university",
									FormMerge.named((university) -> universities.find((Long) university)
										.map((found) -> found.name(LocaleContextHolder.getLocale()))
										.orElse(null)))
							.field("organization", "person.position.organization")
							.field("titleKind", "person.position.titleKind", FormMerge.message("position.title."))
							.field("titleEn", "history.field.titleEn")
							.field("titleRu", "history.field.titleRu")
							.field("titleBe", "history.field.titleBe")
							.field("titleZh", "history.field.titleZh")
							.field("heldFrom", "person.position.from")
							.field("heldTo", "person.position.to")
							.field("note", "source.note"), PositionForm::getId, PersonAdminController::positionName));
	}

	/**
	 * How a position is named in a conflict: its title, else its organisation.
	 */
	private static String positionName(PositionForm position) {
		if (position.getTitleEn() != null) {
			return position.getTitleEn();
		}
		return (position.getOrganization() != null) ? position.getOrganization() : String.valueOf(position.getId());
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("confidences", Confidence.values());
		model.addAttribute("positionTitles", PositionTitle.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Page<Person> result = this.people.listForEditors(archived, Math.max(page, 1) - 1, 100);
		model.addAttribute("people", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("archived", archived);
		return "admin/people/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", PersonForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (addsRow(form, action, model)) {
			return form(model, null);
		}
		this.validator.validate(form, result, null);
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			Person person = this.people.create(form);
			return RecordPages.saved(redirect, person.getNames().en(), "/admin/people/" + person.getId());
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("form.error.conflict");
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Person person = this.people.edit(id);
		model.addAttribute("form", PersonForm.of(person));
		return form(model, person);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			@ModelAttribute(MergeChoices.NAME) MergeChoices choices, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect) {
		Person current = this.people.edit(id);
		StaleForms.Edit<Person, PersonForm> edit = new StaleForms.Edit<>(this.merge, this.history, Person.class, id,
				current, PersonForm::of);
		Set<String> open = StaleForms.settle(edit, form, choices, model);
		if (addsRow(form, action, model)) {
			return form(model, current);
		}
		if (StaleForms.refusedIfStale(edit, form, open, result, model)) {
			return form(model, current);
		}
		this.validator.validate(form, result, id);
		Set<Long> signed = this.positionReferences.referenced(this.people.positionsRemovedBy(id, form));
		if (!signed.isEmpty()) {
			result.reject("person.error.positionSigned");
		}
		if (result.hasErrors() || StaleForms.unsettled(edit, form, open, result, model)) {
			return form(model, current);
		}
		try {
			Person person = this.people.update(id, form);
			return RecordPages.saved(redirect, person.getNames().en(), "/admin/people/" + id);
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			Person latest = this.people.edit(id);
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
		return RecordPages.archive(redirect, this.references.to(RecordKind.PERSON, id), "/admin/people/" + id,
				"/admin/people", () -> this.people.archive(id, version).getNames().en());
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Person person = this.people.edit(id);
		return RecordPages.history(model, this.history, Person.class, id, person.getNames().en(), "/admin/people/" + id,
				(person.isArchived() || !person.isPublished()) ? null : "/people/" + person.getSlug());
	}

	private static boolean addsRow(PersonForm form, String action, Model model) {
		switch (action) {
			case "addPosition" -> form.addPosition();
			case "addSource" -> form.addSource();
			case "save" -> {
				return false;
			}
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action of the person form");
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		return true;
	}

	private String form(Model model, @Nullable Person person) {
		model.addAttribute("person", person);
		model.addAttribute("universities", this.universities.allWithAliases());
		return FORM;
	}

}
