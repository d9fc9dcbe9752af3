package org.bcua.registry.meeting;

import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.bcua.registry.university.Country;
import org.bcua.registry.university.UniversityService;

/**
 * Adding and editing meetings of the association, archiving them (administrators only)
 * and their history.
 */
@AdminController
@RequestMapping("/admin/meetings")
class MeetingAdminController {

	private static final String FORM = "admin/meetings/form";

	/**
	 * How a meeting's form merges with the meeting as someone else changed it: hosts are
	 * merged one by one, sources are known by their address.
	 */
	private static final FormMerge<MeetingForm> MERGE = CitationForm.withSources(FormMerge.of(MeetingForm::new)
		.field("number", "history.field.number")
		.field("numberInferred", "history.field.numberInferred")
		.field("titleEn", "history.field.titleEn")
		.field("titleRu", "history.field.titleRu")
		.field("titleBe", "history.field.titleBe")
		.field("titleZh", "history.field.titleZh")
		.field("startsOn", "history.field.startsOn")
		.field("endsOn", "history.field.endsOn")
		.field("city", "history.field.city")
		.field("venue", "history.field.venue")
		.field("country", "history.field.country", FormMerge.message("country."))
		.field("summary", "history.field.summary")
		.field("universitiesAttending", "history.field.universitiesAttending")
		.field("participants", "history.field.participants")
		.field("attendanceNote", "history.field.attendanceNote")
		.choices("hostIds"));

	private final MeetingFormValidator validator;

	private final MeetingService meetings;

	private final UniversityService universities;

	private final References references;

	private final HistoryService history;

	MeetingAdminController(MeetingService meetings, UniversityService universities, References references,
			HistoryService history, MeetingFormValidator validator) {
		this.validator = validator;
		this.meetings = meetings;
		this.universities = universities;
		this.references = references;
		this.history = history;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("confidences", Confidence.values());
		model.addAttribute("countries", Country.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, Model model) {
		model.addAttribute("meetings", this.meetings.listForEditors(archived));
		model.addAttribute("archived", archived);
		return "admin/meetings/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", MeetingForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (addsRow(form, action, model)) {
			return form(model, null);
		}
		this.validator.validate(form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			Meeting meeting = this.meetings.create(form);
			return RecordPages.saved(redirect, meeting.getTitles().en(), "/admin/meetings/" + meeting.getId());
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("form.error.conflict");
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Meeting meeting = this.meetings.edit(id);
		model.addAttribute("form", MeetingForm.of(meeting));
		return form(model, meeting);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			@ModelAttribute(MergeChoices.NAME) MergeChoices choices, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect) {
		Meeting current = this.meetings.edit(id);
		StaleForms.Edit<Meeting, MeetingForm> edit = new StaleForms.Edit<>(MERGE, this.history, Meeting.class, id,
				current, MeetingForm::of);
		Set<String> open = StaleForms.settle(edit, form, choices, model);
		if (addsRow(form, action, model)) {
			return form(model, current);
		}
		if (StaleForms.refusedIfStale(edit, form, open, result, model)) {
			return form(model, current);
		}
		this.validator.validate(form, result);
		if (result.hasErrors() || StaleForms.unsettled(edit, form, open, result, model)) {
			return form(model, current);
		}
		try {
			Meeting meeting = this.meetings.update(id, form);
			return RecordPages.saved(redirect, meeting.getTitles().en(), "/admin/meetings/" + id);
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			Meeting latest = this.meetings.edit(id);
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
		return RecordPages.archive(redirect, this.references.to(RecordKind.MEETING, id), "/admin/meetings/" + id,
				"/admin/meetings", () -> this.meetings.archive(id, version).getTitles().en());
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Meeting meeting = this.meetings.edit(id);
		return RecordPages.history(model, this.history, Meeting.class, id, meeting.getTitles().en(),
				"/admin/meetings/" + id, meeting.isArchived() ? null : "/meetings/" + meeting.getSlug());
	}

	private static boolean addsRow(MeetingForm form, String action, Model model) {
		if (action.equals("save")) {
			return false;
		}
		if (!action.equals("addSource")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action of the meeting form");
		}
		form.addSource();
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		return true;
	}

	private String form(Model model, @Nullable Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("universities", this.universities.allWithAliases());
		return FORM;
	}

}
