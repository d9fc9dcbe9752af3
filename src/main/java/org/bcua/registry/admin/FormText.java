package org.bcua.registry.admin;

import java.beans.PropertyEditorSupport;
import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.WebDataBinder;

/**
 * Text typed into the admin forms, made safe to store: Unicode normalized (NFC), trimmed,
 * blank becomes {@code null}. Text with a NUL byte or another control character, with the
 * replacement character of a broken encoding, or with half a surrogate pair is refused as
 * a field error (code {@value #INVALID_TEXT}, with the value kept) instead of reaching
 * the database.
 */
public final class FormText extends PropertyEditorSupport {

	/**
	 * The message code of refused text: Spring adds the type to the binding failure code
	 * ({@code typeMismatch}).
	 */
	public static final String INVALID_TEXT = "typeMismatch.java.lang.String";

	/**
	 * The message code of a date that is not {@code YYYY-MM-DD} (fields bound to
	 * {@code LocalDate}).
	 */
	public static final String INVALID_DATE = "typeMismatch.java.time.LocalDate";

	/**
	 * The message code of a number that is not a whole number (fields bound to
	 * {@code Integer}).
	 */
	public static final String INVALID_NUMBER = "typeMismatch.java.lang.Integer";

	private final boolean trim;

	private FormText(boolean trim) {
		this.trim = trim;
	}

	/**
	 * Cleans every text field of the forms a binder binds.
	 */
	public static void register(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new FormText(true));
	}

	/**
	 * Checks, but neither trims nor normalizes, the given fields (passwords).
	 */
	public static void keepSpaces(WebDataBinder binder, String... fields) {
		for (String field : fields) {
			binder.registerCustomEditor(String.class, field, new FormText(false));
		}
	}

	@Override
	public void setAsText(@Nullable String text) {
		if (text == null) {
			setValue(null);
			return;
		}
		if (!storable(text)) {
			throw new IllegalArgumentException("Text with characters that cannot be stored");
		}
		if (!this.trim) {
			setValue(text.isEmpty() ? null : text);
			return;
		}
		String value = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
		setValue(value.isEmpty() ? null : value);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value != null) ? value.toString() : "";
	}

	/**
	 * Whether text can be stored as typed: no control characters other than tab and line
	 * breaks, no replacement character, no lone surrogate.
	 */
	static boolean storable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (Character.isISOControl(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
