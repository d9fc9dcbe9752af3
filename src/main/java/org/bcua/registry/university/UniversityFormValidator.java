package org.bcua.registry.university;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.bcua.registry.source.SourceService;

/**
 * Checks a university form as a whole, beyond what each field says on its own.
 */
@Component
@Transactional(readOnly = true)
class UniversityFormValidator implements Validator {

	private final UniversityRepository universities;

	private final SourceService sources;

	UniversityFormValidator(UniversityRepository universities, SourceService sources) {
		this.universities = universities;
		this.sources = sources;
	}

	@Override
	public boolean supports(Class<?> type) {
		return UniversityForm.class.isAssignableFrom(type);
	}

	/**
	 * Checks the form of a new record.
	 */
	@Override
	public void validate(Object target, Errors errors) {
		validate((UniversityForm) target, errors, null);
	}

	/**
	 * Admin area: checks a form as a whole: identifiers not used by another university,
	 * each alias with a language and named once, the sources.
	 * @param id the university edited, or {@code null} for a new one
	 */
	void validate(UniversityForm form, Errors errors, @Nullable Long id) {
		if (form.getRorId() != null && !errors.hasFieldErrors("rorId")
				&& this.universities.findByRorId(form.getRorId())
					.filter((other) -> !other.getId().equals(id))
					.isPresent()) {
			errors.rejectValue("rorId", "university.error.identifierTaken");
		}
		if (form.getWikidataId() != null && !errors.hasFieldErrors("wikidataId")
				&& this.universities.findByWikidataId(form.getWikidataId())
					.filter((other) -> !other.getId().equals(id))
					.isPresent()) {
			errors.rejectValue("wikidataId", "university.error.identifierTaken");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < form.getAliases().size(); i++) {
			AliasForm alias = form.getAliases().get(i);
			if (alias.isBlank()) {
				continue;
			}
			if (alias.getName() == null) {
				errors.rejectValue("aliases[" + i + "].name", "NotBlank");
			}
			else if (alias.getLanguage() == null) {
				errors.rejectValue("aliases[" + i + "].language", "NotBlank");
			}
			else if (!seen.add(alias.getLanguage() + "|" + alias.getName())) {
				errors.rejectValue("aliases[" + i + "].name", "university.error.aliasTwice");
			}
		}
		this.sources.check(form.getSources(), errors, "sources");
	}

}
