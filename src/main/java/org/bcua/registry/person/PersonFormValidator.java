package org.bcua.registry.person;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.source.SourceService;
import org.bcua.registry.university.UniversityService;

/**
 * Checks a person form as a whole, beyond what each field says on its own.
 */
@Component
@Transactional(readOnly = true)
class PersonFormValidator implements Validator {

	private final PersonService people;

	private final UniversityService universities;

	private final SourceService sources;

	PersonFormValidator(PersonService people, UniversityService universities, SourceService sources) {
		this.people = people;
		this.universities = universities;
		this.sources = sources;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PersonForm.class.isAssignableFrom(type);
	}

	/**
	 * Checks the form of a new record.
	 */
	@Override
	public void validate(Object target, Errors errors) {
		validate((PersonForm) target, errors, null);
	}

	/**
	 * Admin area: checks a form as a whole: each position with a title, held at a
	 * university or another organisation, in a period that ends after it starts, and
	 * edited only as a position of this person; the sources.
	 * @param id the person edited, or {@code null} for a new one
	 */
	void validate(PersonForm form, Errors errors, @Nullable Long id) {
		Set<Long> own = new java.util.HashSet<>();
		if (id != null) {
			this.people.get(id).getPositions().forEach((position) -> own.add(position.getId()));
		}
		for (int i = 0; i < form.getPositions().size(); i++) {
			PositionForm position = form.getPositions().get(i);
			if (position.isBlank()) {
				continue;
			}
			String row = "positions[" + i + "].";
			if (position.getId() != null && !own.contains(position.getId())) {
				errors.rejectValue(row + "titleEn", "form.error.unknown");
			}
			if (position.getTitleEn() == null && position.getTitleKind() == null) {
				errors.rejectValue(row + "titleEn", "NotBlank");
			}
			if (position.getUniversityId() == null && position.getOrganization() == null) {
				errors.rejectValue(row + "universityId", "person.error.heldAt");
			}
			else if (position.getUniversityId() != null
					&& this.universities.find(position.getUniversityId()).isEmpty()) {
				errors.rejectValue(row + "universityId", "form.error.unknown");
			}
			if (!errors.hasFieldErrors(row + "heldFrom") && !errors.hasFieldErrors(row + "heldTo")) {
				PartialDate from = PartialDate.parse(position.getHeldFrom());
				PartialDate to = PartialDate.parse(position.getHeldTo());
				if (from != null && to != null && to.value().isBefore(from.value())) {
					errors.rejectValue(row + "heldTo", "person.error.period");
				}
			}
		}
		this.sources.check(form.getSources(), errors, "sources");
	}

}
