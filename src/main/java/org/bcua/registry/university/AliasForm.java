package org.bcua.registry.university;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.SingleLine;

/**
 * Another name of a university as typed; a row without a name is ignored.
 */
public class AliasForm {

	@SingleLine
	@Size(max = 300)
	private @Nullable String name;

	@Pattern(regexp = "[a-z]{2,3}", message = "{source.error.language}")
	private @Nullable String language;

	@NotNull
	private AliasKind kind = AliasKind.VARIANT;

	@Size(max = 1000)
	private @Nullable String note;

	static AliasForm of(UniversityAlias alias) {
		AliasForm form = new AliasForm();
		form.name = alias.getName();
		form.language = alias.getLanguage();
		form.kind = alias.getKind();
		form.note = alias.getNote();
		return form;
	}

	/**
	 * Whether nothing was typed in the row.
	 */
	public boolean isBlank() {
		return this.name == null && this.language == null && this.note == null;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getLanguage() {
		return this.language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language;
	}

	public AliasKind getKind() {
		return this.kind;
	}

	public void setKind(AliasKind kind) {
		this.kind = kind;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

}
