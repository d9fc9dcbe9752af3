package org.bcua.registry.agreement;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.shared.PartialDateText;
import org.bcua.registry.shared.SingleLine;

/**
 * One party of an agreement as typed: the university, and its signatory, either picked
 * among the recorded people or added with the names typed here, with the position held at
 * signing and the date of the signature. A row with nothing typed is ignored.
 */
public class PartyForm {

	private @Nullable Long universityId;

	@SingleLine
	@Size(max = 500)
	private @Nullable String roleNote;

	private @Nullable Long signatoryId;

	@SingleLine
	@Size(max = 300)
	private @Nullable String signatoryNameEn;

	@SingleLine
	@Size(max = 300)
	private @Nullable String signatoryNameRu;

	@SingleLine
	@Size(max = 300)
	private @Nullable String signatoryNameBe;

	@SingleLine
	@Size(max = 300)
	private @Nullable String signatoryNameZh;

	@SingleLine
	@Size(max = 300)
	private @Nullable String positionEn;

	@SingleLine
	@Size(max = 300)
	private @Nullable String positionRu;

	@SingleLine
	@Size(max = 300)
	private @Nullable String positionBe;

	@SingleLine
	@Size(max = 300)
	private @Nullable String positionZh;

	@PartialDateText
	private @Nullable String signed;

	static PartyForm of(AgreementParty party) {
		PartyForm form = new PartyForm();
		form.universityId = party.getUniversity().getId();
		form.roleNote = party.getRoleNote();
		form.signatoryId = (party.getSignatory() != null) ? party.getSignatory().getId() : null;
		if (party.getSignatoryPosition() != null) {
			form.positionEn = party.getSignatoryPosition().getTitles().en();
		}
		else {
			form.positionEn = party.getSignatoryTitle();
		}
		PartialDate signed = party.getSigned();
		form.signed = (signed != null) ? signed.iso() : null;
		return form;
	}

	/**
	 * Whether nothing was typed or chosen in the row.
	 */
	public boolean isBlank() {
		return this.universityId == null && this.roleNote == null && this.signatoryId == null && !hasNewSignatory()
				&& !hasPosition() && this.signed == null;
	}

	/**
	 * Whether any name of a new signatory was typed.
	 */
	public boolean hasNewSignatory() {
		return this.signatoryNameEn != null || this.signatoryNameRu != null || this.signatoryNameBe != null
				|| this.signatoryNameZh != null;
	}

	/**
	 * Whether any form of the position at signing was typed.
	 */
	public boolean hasPosition() {
		return this.positionEn != null || this.positionRu != null || this.positionBe != null || this.positionZh != null;
	}

	public @Nullable Long getUniversityId() {
		return this.universityId;
	}

	public void setUniversityId(@Nullable Long universityId) {
		this.universityId = universityId;
	}

	public @Nullable String getRoleNote() {
		return this.roleNote;
	}

	public void setRoleNote(@Nullable String roleNote) {
		this.roleNote = roleNote;
	}

	public @Nullable Long getSignatoryId() {
		return this.signatoryId;
	}

	public void setSignatoryId(@Nullable Long signatoryId) {
		this.signatoryId = signatoryId;
	}

	public @Nullable String getSignatoryNameEn() {
		return this.signatoryNameEn;
	}

	public void setSignatoryNameEn(@Nullable String signatoryNameEn) {
		this.signatoryNameEn = signatoryNameEn;
	}

	public @Nullable String getSignatoryNameRu() {
		return this.signatoryNameRu;
	}

	public void setSignatoryNameRu(@Nullable String signatoryNameRu) {
		this.signatoryNameRu = signatoryNameRu;
	}

	public @Nullable String getSignatoryNameBe() {
		return this.signatoryNameBe;
	}

	public void setSignatoryNameBe(@Nullable String signatoryNameBe) {
		this.signatoryNameBe = signatoryNameBe;
	}

	public @Nullable String getSignatoryNameZh() {
		return this.signatoryNameZh;
	}

	public void setSignatoryNameZh(@Nullable String signatoryNameZh) {
		this.signatoryNameZh = signatoryNameZh;
	}

	public @Nullable String getPositionEn() {
		return this.positionEn;
	}

	public void setPositionEn(@Nullable String positionEn) {
		this.positionEn = positionEn;
	}

	public @Nullable String getPositionRu() {
		return this.positionRu;
	}

	public void setPositionRu(@Nullable String positionRu) {
		this.positionRu = positionRu;
	}

	public @Nullable String getPositionBe() {
		return this.positionBe;
	}

	public void setPositionBe(@Nullable String positionBe) {
		this.positionBe = positionBe;
	}

	public @Nullable String getPositionZh() {
		return this.positionZh;
	}

	public void setPositionZh(@Nullable String positionZh) {
		this.positionZh = positionZh;
	}

	public @Nullable String getSigned() {
		return this.signed;
	}

	public void setSigned(@Nullable String signed) {
		this.signed = signed;
	}

}
