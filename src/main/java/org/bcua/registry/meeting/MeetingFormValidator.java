package org.bcua.registry.meeting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.bcua.registry.source.SourceService;
import org.bcua.registry.university.UniversityService;

/**
 * Checks a meeting form as a whole, beyond what each field says on its own.
 */
@Component
@Transactional(readOnly = true)
class MeetingFormValidator implements Validator {

	private final UniversityService universities;

	private final SourceService sources;

	MeetingFormValidator(UniversityService universities, SourceService sources) {
		this.universities = universities;
		this.sources = sources;
	}

	@Override
	public boolean supports(Class<?> type) {
		return MeetingForm.class.isAssignableFrom(type);
	}

	/**
	 * Admin area: checks a form as a whole: an inferred number needs a number, the end is
	 * not before the start, the hosts exist; the sources.
	 */
	@Override
	public void validate(Object target, Errors errors) {
		MeetingForm form = (MeetingForm) target;
		if (form.isNumberInferred() && form.getNumber() == null) {
			errors.rejectValue("number", "meeting.error.inferredNeedsNumber");
		}
		if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
			errors.rejectValue("endsOn", "meeting.error.period");
		}
		for (Long host : form.getHostIds()) {
			if (host == null || this.universities.find(host).isEmpty()) {
				errors.rejectValue("hostIds", "form.error.unknown");
				break;
			}
		}
		this.sources.check(form.getSources(), errors, "sources");
	}

}
