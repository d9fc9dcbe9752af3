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
 * A one-line text field (a name, a title, a city): no line breaks (CR, LF, U+2028,
 * U+2029), no other control character (NUL, tab) and no invisible bidirectional control
 * (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C), which could make a name
 * read differently from what it is. Null is valid. The message code is the annotation's
 * name.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "{SingleLine}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks every code point of the text with {@link #allowed(int)}.
	 */
	class Validator implements ConstraintValidator<SingleLine, CharSequence> {

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.codePoints().allMatch(Validator::allowed);
		}

		/**
		 * Whether a code point may stand in one line of text.
		 */
		static boolean allowed(int codePoint) {
			int type = Character.getType(codePoint);
			if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return false;
			}
			return !(codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
					|| (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069));
		}

	}

}
