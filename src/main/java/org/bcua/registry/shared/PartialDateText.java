package org.bcua.registry.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A form field holding a {@link PartialDate} as typed: blank, {@code 2019},
 * {@code 2025-05} or {@code 2025-10-13}. The message code is the annotation's name.
 */
@Documented
@Constraint(validatedBy = PartialDateText.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PartialDateText {

	String message() default "{PartialDateText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the text with {@link PartialDate#isValid(String)}.
	 */
	class Validator implements ConstraintValidator<PartialDateText, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return PartialDate.isValid(value);
		}

	}

}
