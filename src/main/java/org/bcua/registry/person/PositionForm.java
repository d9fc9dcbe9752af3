package org.bcua.registry.person;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.PartialDateText;
import org.bcua.registry.shared.SingleLine;

/**
 * A position as typed: at a university (or another organisation), its title as a word of
 * the vocabulary or as free text in the four languages (or both: the text where a source
 * words it differently) and the period held, known to its precision. The id is that of
 * the recorded position the row edits; a row with nothing typed is ignored.
 */
public class PositionForm {

	private @Nullable Long id;

	private @Nullable Long universityId;

	@SingleLine
	@Size(max = 300)
	private @Nullable String organization;

	private @Nullable PositionTitle titleKind;

	@SingleLine
	@Size(max = 300)
	private @Nullable String titleEn;

	@SingleLine
	@Size(max = 300)
	private @Nullable String titleRu;

	@SingleLine
	@Size(max = 300)
	private @Nullable String titleBe;

	@SingleLine
	@Size(max = 300)
	private @Nullable String titleZh;

	@PartialDateText
	private @Nullable String heldFrom;

	@PartialDateText
	private @Nullable String heldTo;

	@Size(max = 1000)
	private @Nullable String note;

	static PositionForm of(Position position) {
		PositionForm form = new PositionForm();
		form.id = position.getId();
		form.universityId = (position.getUniversity() != null) ? position.getUniversity().getId() : null;
		form.organization = position.getOrganization();
		form.titleKind = position.getTitleKind();
		form.titleEn = position.getOwnTitles().en();
		form.titleRu = position.getOwnTitles().ru();
		form.titleBe = position.getOwnTitles().be();
		form.titleZh = position.getOwnTitles().zh();
		PartialDate from = position.getHeldFrom();
		PartialDate to = position.getHeldTo();
		form.heldFrom = (from != null) ? from.iso() : null;
		form.heldTo = (to != null) ? to.iso() : null;
		form.note = position.getNote();
		return form;
	}

	/**
	 * Whether nothing was typed or chosen in the row.
	 */
	public boolean isBlank() {
		return this.universityId == null && this.organization == null && this.titleKind == null && this.titleEn == null
				&& this.titleRu == null && this.titleBe == null && this.titleZh == null && this.heldFrom == null
				&& this.heldTo == null && this.note == null;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public void setId(@Nullable Long id) {
		this.id = id;
	}

	public @Nullable Long getUniversityId() {
		return this.universityId;
	}

	public void setUniversityId(@Nullable Long universityId) {
		this.universityId = universityId;
	}

	public @Nullable String getOrganization() {
		return this.organization;
	}

	public void setOrganization(@Nullable String organization) {
		this.organization = organization;
	}

	/**
	 * The title's kind in the vocabulary; {@code null} for a title that fits none, typed
	 * as free text.
	 */
	public @Nullable PositionTitle getTitleKind() {
		return this.titleKind;
	}

	public void setTitleKind(@Nullable PositionTitle titleKind) {
		this.titleKind = titleKind;
	}

	public @Nullable String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(@Nullable String titleEn) {
		this.titleEn = titleEn;
	}

	public @Nullable String getTitleRu() {
		return this.titleRu;
	}

	public void setTitleRu(@Nullable String titleRu) {
		this.titleRu = titleRu;
	}

	public @Nullable String getTitleBe() {
		return this.titleBe;
	}

	public void setTitleBe(@Nullable String titleBe) {
		this.titleBe = titleBe;
	}

	public @Nullable String getTitleZh() {
		return this.titleZh;
	}

	public void setTitleZh(@Nullable String titleZh) {
		this.titleZh = titleZh;
	}

	public @Nullable String getHeldFrom() {
		return this.heldFrom;
	}

	public void setHeldFrom(@Nullable String heldFrom) {
		this.heldFrom = heldFrom;
	}

	public @Nullable String getHeldTo() {
		return this.heldTo;
	}

	public void setHeldTo(@Nullable String heldTo) {
		this.heldTo = heldTo;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

}
