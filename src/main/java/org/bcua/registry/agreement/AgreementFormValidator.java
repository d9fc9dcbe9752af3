package org.bcua.registry.agreement;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

import org.bcua.registry.meeting.MeetingService;
import org.bcua.registry.person.PersonService;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.source.CitationForm;
import org.bcua.registry.source.SourceService;
import org.bcua.registry.university.UniversityService;

/**
 * Checks an agreement form as a whole, beyond what each field says on its own, and adds
 * field errors: parties, signatories and positions consistent, the records chosen exist,
 * dates in order, no relation to itself; and, to publish, at least two parties and one
 * source. The hint {@link Check} says whether the form is to be published and which
 * agreement it edits.
 */
@Component
@Transactional(readOnly = true)
class AgreementFormValidator implements SmartValidator {

	private final AgreementRepository agreements;

	private final AreaRepository areas;

	private final UniversityService universities;

	private final PersonService people;

	private final MeetingService meetings;

	private final SourceService sources;

	AgreementFormValidator(AgreementRepository agreements, AreaRepository areas, UniversityService universities,
			PersonService people, MeetingService meetings, SourceService sources) {
		this.agreements = agreements;
		this.areas = areas;
		this.universities = universities;
		this.people = people;
		this.meetings = meetings;
		this.sources = sources;
	}

	@Override
	public boolean supports(Class<?> type) {
		return AgreementForm.class.isAssignableFrom(type);
	}

	/**
	 * Checks a form that is not to be published, of a new agreement.
	 */
	@Override
	public void validate(Object target, Errors errors) {
		validate(target, errors, new Check(false, null));
	}

	/**
	 * Checks a form with the {@link Check} among the hints (without one, as
	 * {@link #validate(Object, Errors)}).
	 */
	@Override
	public void validate(Object target, Errors errors, Object... hints) {
		Check check = Arrays.stream(hints)
			.filter(Check.class::isInstance)
			.map(Check.class::cast)
			.findFirst()
			.orElse(new Check(false, null));
		AgreementForm form = (AgreementForm) target;
		boolean publish = check.publish();
		Long id = check.id();
		if (form.getMeetingId() != null && this.meetings.find(form.getMeetingId()).isEmpty()) {
			errors.rejectValue("meetingId", "form.error.unknown");
		}
		if (!form.getAreaIds().isEmpty()
				&& this.areas.findAllById(form.getAreaIds()).size() != new HashSet<>(form.getAreaIds()).size()) {
			errors.rejectValue("areaIds", "form.error.unknown");
		}
		checkDates(form, errors);
		checkParties(form, errors);
		this.sources.check(form.getSources(), errors, "sources");
		checkRelations(form, errors, id);
		if (publish && form.filledParties().size() < 2 && !errors.hasFieldErrors("parties")) {
			errors.rejectValue("parties", "agreement.error.parties");
		}
		if (publish && form.getSources().stream().allMatch(CitationForm::isBlank)) {
			errors.rejectValue("sources", "agreement.error.sources");
		}
	}

	/**
	 * What the check of a form depends on beyond the form.
	 *
	 * @param publish whether the form is to be published (then it needs two parties and a
	 * source)
	 * @param id the agreement edited, or {@code null} for a new one
	 */
	public record Check(boolean publish, @Nullable Long id) {

	}

	private void checkDates(AgreementForm form, Errors errors) {
		if (errors.hasFieldErrors("signed") || errors.hasFieldErrors("expires")) {
			return;
		}
		PartialDate signed = PartialDate.parse(form.getSigned());
		PartialDate expires = PartialDate.parse(form.getExpires());
		if (signed != null && expires != null && expires.value().isBefore(signed.value())) {
			errors.rejectValue("expires", "agreement.error.expiresBeforeSigned");
		}
	}

	private void checkParties(AgreementForm form, Errors errors) {
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < form.getParties().size(); i++) {
			PartyForm party = form.getParties().get(i);
			if (party.isBlank()) {
				continue;
			}
			String row = "parties[" + i + "].";
			if (party.getUniversityId() == null) {
				errors.rejectValue(row + "universityId", "agreement.error.partyUniversity");
			}
			else if (this.universities.find(party.getUniversityId()).isEmpty()) {
				errors.rejectValue(row + "universityId", "form.error.unknown");
			}
			else if (!seen.add(party.getUniversityId())) {
				errors.rejectValue(row + "universityId", "agreement.error.partyTwice");
			}
			if (party.getSignatoryId() != null) {
				if (!this.people.isListed(party.getSignatoryId())) {
					errors.rejectValue(row + "signatoryId", "form.error.unknown");
				}
				if (party.hasNewSignatory()) {
					errors.rejectValue(row + "signatoryNameEn", "agreement.error.signatoryBoth");
				}
			}
			else if (party.hasNewSignatory() && party.getSignatoryNameEn() == null) {
				errors.rejectValue(row + "signatoryNameEn", "agreement.error.signatoryNameEn");
			}
			else if (!party.hasNewSignatory() && party.hasPosition()) {
				errors.rejectValue(row + "positionEn", "agreement.error.positionWithoutSignatory");
			}
			if (party.hasNewSignatory() && party.hasPosition() && party.getPositionEn() == null) {
				errors.rejectValue(row + "positionEn", "agreement.error.positionEn");
			}
		}
	}

	private void checkRelations(AgreementForm form, Errors errors, @Nullable Long id) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < form.getRelations().size(); i++) {
			RelationForm relation = form.getRelations().get(i);
			if (relation.getRelatedId() == null) {
				continue;
			}
			String field = "relations[" + i + "].relatedId";
			if (relation.getRelatedId().equals(id)) {
				errors.rejectValue(field, "agreement.error.relatedItself");
			}
			else if (this.agreements.findById(relation.getRelatedId()).filter((a) -> !a.isArchived()).isEmpty()) {
				errors.rejectValue(field, "form.error.unknown");
			}
			else if (!seen.add(relation.getKind() + ":" + relation.getRelatedId())) {
				errors.rejectValue(field, "agreement.error.relatedTwice");
			}
		}
	}

}
