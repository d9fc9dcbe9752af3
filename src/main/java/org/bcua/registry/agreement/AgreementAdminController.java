package org.bcua.registry.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
import org.bcua.registry.admin.StaleForms;
import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.shared.Confidence;
import org.bcua.registry.shared.HistoryService;
import org.bcua.registry.shared.NotFoundException;
import org.bcua.registry.shared.StaleRecordException;
import org.bcua.registry.source.CitationForm;
import org.bcua.registry.university.UniversityService;

/**
 * Recording and editing agreements: the form at {@code /admin/agreements/new} and
 * {@code /admin/agreements/{id}} (parties with their signatories picked or added,
 * sources, areas, dates with their precision, related agreements), saved as a draft or
 * published; unpublishing; archiving (administrators only); the history of each
 * agreement.
 */
@AdminController
@RequestMapping("/admin/agreements")
class AgreementAdminController {

	/** The buttons of the form: saving ones and those that add or remove rows. */
	private static final Pattern KNOWN_ACTION = Pattern
		.compile("draft|publish|save|addParty|addSource|addRelation|removeParty:[0-9]{1,4}");

	private static final String FORM = "admin/agreements/form";

	private static final int PAGE_SIZE = 50;

	private final AgreementRecording agreements;

	private final AgreementService published;

	private final AgreementFormValidator validator;

	private final AgreementLookAlikes lookAlikes;

	private final UniversityService universities;

	private final PersonService people;

	private final MeetingService meetings;

	private final HistoryService history;

	private final FormMerge<AgreementForm> merge;

	AgreementAdminController(AgreementRecording agreements, AgreementService published,
			AgreementFormValidator validator, AgreementLookAlikes lookAlikes, UniversityService universities,
			PersonService people, MeetingService meetings, HistoryService history) {
		this.agreements = agreements;
		this.published = published;
		this.validator = validator;
		this.lookAlikes = lookAlikes;
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
		this.history = history;
		this.merge = merge(agreements, universities, people, meetings);
	}

	/**
	 * How an agreement's form merges with the agreement as someone else changed it:
	 * parties are known by their university, sources by their address, related agreements
	 * by the agreement.
	 */
	private static FormMerge<AgreementForm> merge(AgreementRecording agreements, UniversityService universities,
			PersonService people, MeetingService meetings) {
		FormMerge<PartyForm> party = FormMerge.of(PartyForm::new)
			.field("roleNote", "agreement.party.roleNote")
			.field("signatoryId", "agreement.signatory.pick", FormMerge.named((id) -> {
				try {
					return people.get((Long) id).name(LocaleContextHolder.getLocale());
				}
				catch (NotFoundException ex) {
					return null;
				}
			}))
			.field("signatoryNameEn", "merge.field.signatoryNameEn")
			.field("signatoryNameRu", "merge.field.signatoryNameRu")
			.field("signatoryNameBe", "merge.field.signatoryNameBe")
			.field("signatoryNameZh", "merge.field.signatoryNameZh")
			.field("positionEn", "agreement.position.en")
			.field("positionRu", "agreement.position.ru")
			.field("positionBe", "agreement.position.be")
			.field("positionZh", "agreement.position.zh")
			.field("signed", "agreement.signature.date");
		FormMerge<RelationForm> relation = FormMerge.of(RelationForm::new)
			.field("kind", "agreement.relation.kind", FormMerge.message("relation."));
		FormMerge<AgreementForm> merge = FormMerge.of(AgreementForm::new)
			.field("titleEn", "history.field.titleEn")
			.field("titleRu", "history.field.titleRu")
			.field("titleBe", "history.field.titleBe")
			.field("titleZh", "history.field.titleZh")
			.field("kind", "history.field.kind", FormMerge.message("agreement.kind."))
			.field("status", "history.field.status", FormMerge.message("agreement.status."))
			.field("summary", "history.field.summary")
			.field("place", "history.field.place")
			.field("meetingId", "history.field.meeting",
					FormMerge.named((id) -> meetings.find((Long) id)
						.map((meeting) -> meeting.title(LocaleContextHolder.getLocale()))
						.orElse(null)))
			.field("associationInstrument", "history.field.associationInstrument")
			.choices("areaIds")
			.field("signed", "history.field.signedOn")
			.field("inForce", "history.field.inForceOn")
			.field("expires", "history.field.expiresOn")
			.rows("parties", "history.field.parties", party, PartyForm::getUniversityId,
					(row) -> universities.find(Objects.requireNonNull(row.getUniversityId()))
						.map((university) -> university.name(LocaleContextHolder.getLocale()))
						.orElse(String.valueOf(row.getUniversityId())))
			.rows("relations", "history.field.relations", relation, RelationForm::getRelatedId, (row) -> {
				try {
					return agreements.edit(Objects.requireNonNull(row.getRelatedId()))
						.title(LocaleContextHolder.getLocale());
				}
				catch (NotFoundException ex) {
					return String.valueOf(row.getRelatedId());
				}
			});
		return CitationForm.withSources(merge);
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Publication publication,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Page<Agreement> result = this.agreements.listForEditors(publication, archived, Math.max(page, 1) - 1,
				PAGE_SIZE);
		model.addAttribute("agreements", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("publication", publication);
		model.addAttribute("archived", archived);
		return "admin/agreements/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", AgreementForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
		if (changesRows(form, action, model)) {
			return form(model, null);
		}
		boolean publish = "publish".equals(action);
		this.validator.validate(form, result, new AgreementFormValidator.Check(publish, null));
		if (result.hasErrors()) {
			return form(model, null);
		}
		List<Agreement> duplicates = this.lookAlikes.likelyDuplicates(form, null);
		if (!duplicates.isEmpty() && !form.isDuplicateConfirmed()) {
			model.addAttribute("duplicates", duplicates);
			return form(model, null);
		}
		try {
			Agreement agreement = this.agreements.record(form, publish);
			redirect.addFlashAttribute("message", publish ? "agreementPublished" : "agreementSaved");
			redirect.addFlashAttribute("messageArgument", agreement.getTitles().en());
			return "redirect:/admin/agreements/" + agreement.getId();
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("form.error.conflict");
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Agreement agreement = this.agreements.edit(id);
		model.addAttribute("form", AgreementForm.of(agreement));
		return form(model, agreement);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@ModelAttribute(MergeChoices.NAME) MergeChoices choices, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect) {
		Agreement current = this.agreements.edit(id);
		StaleForms.Edit<Agreement, AgreementForm> edit = new StaleForms.Edit<>(this.merge, this.history,
				Agreement.class, id, current, AgreementForm::of);
		Set<String> open = StaleForms.settle(edit, form, choices, model);
		if (changesRows(form, action, model)) {
			return form(model, current);
		}
		if (StaleForms.refusedIfStale(edit, form, open, result, model)) {
			return form(model, current);
		}
		boolean publish = "publish".equals(action) || current.getPublication() == Publication.PUBLISHED;
		this.validator.validate(form, result, new AgreementFormValidator.Check(publish, id));
		if (result.hasErrors() || StaleForms.unsettled(edit, form, open, result, model)) {
			return form(model, current);
		}
		List<Agreement> duplicates = this.lookAlikes.likelyDuplicates(form, id);
		if (!duplicates.isEmpty() && !form.isDuplicateConfirmed()) {
			model.addAttribute("duplicates", duplicates);
			return form(model, current);
		}
		try {
			Agreement agreement = this.agreements.update(id, form, "publish".equals(action));
			redirect.addFlashAttribute("message", "publish".equals(action) ? "agreementPublished" : "agreementSaved");
			redirect.addFlashAttribute("messageArgument", agreement.getTitles().en());
			return "redirect:/admin/agreements/" + id;
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			Agreement latest = this.agreements.edit(id);
			StaleForms.refuse(edit, form, open, latest, result, model);
			return form(model, latest);
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("form.error.conflict");
			return form(model, current);
		}
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			Agreement agreement = this.agreements.unpublish(id, version);
			redirect.addFlashAttribute("message", "agreementUnpublished");
			redirect.addFlashAttribute("messageArgument", agreement.getTitles().en());
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("message", "stale");
		}
		return "redirect:/admin/agreements/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			Agreement agreement = this.agreements.archive(id, version);
			redirect.addFlashAttribute("message", "agreementArchived");
			redirect.addFlashAttribute("messageArgument", agreement.getTitles().en());
			return "redirect:/admin/agreements";
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("message", "stale");
			return "redirect:/admin/agreements/" + id;
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Agreement agreement = this.agreements.edit(id);
		model.addAttribute("recordTitle", agreement.getTitles().en());
		model.addAttribute("back", "/admin/agreements/" + id);
		model.addAttribute("publicUrl", (agreement.getPublication() == Publication.PUBLISHED && !agreement.isArchived())
				? "/agreements/" + agreement.getSlug() : null);
		model.addAttribute("entries", this.history.of(Agreement.class, id));
		return "admin/history";
	}

	/**
	 * Handles the buttons that add or remove rows (they work without JavaScript): the
	 * form comes back with the row added or removed and no error shown yet.
	 * @return whether the action was one of them
	 * @throws ResponseStatusException (400) when the action is none the form has
	 */
	private static boolean changesRows(AgreementForm form, String action, Model model) {
		if (!KNOWN_ACTION.matcher(action).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action of the agreement form");
		}
		boolean rows = true;
		if (action.equals("addParty")) {
			form.addParty();
		}
		else if (action.equals("addSource")) {
			form.addSource();
		}
		else if (action.equals("addRelation")) {
			form.addRelation();
		}
		else if (action.startsWith("removeParty:")) {
			try {
				form.removeParty(Integer.parseInt(action.substring("removeParty:".length())));
			}
			catch (NumberFormatException ex) {
				// not a row: nothing to remove
			}
		}
		else {
			rows = false;
		}
		if (rows) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
		}
		return rows;
	}

	private String form(Model model, @Nullable Agreement agreement) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("relationKinds", RelationKind.values());
		model.addAttribute("confidences", Confidence.values());
		model.addAttribute("areas", this.published.areas());
		model.addAttribute("universities", this.universities.allWithAliases());
		model.addAttribute("people", this.people.all());
		model.addAttribute("meetings", this.meetings.list());
		model.addAttribute("others",
				this.agreements.allForEditors()
					.stream()
					.filter((other) -> agreement == null || !other.getId().equals(agreement.getId()))
					.toList());
		return FORM;
	}

}
