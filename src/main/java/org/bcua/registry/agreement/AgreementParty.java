package org.bcua.registry.agreement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.person.Person;
import org.bcua.registry.person.Position;
import org.bcua.registry.shared.DatePrecision;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.university.University;

/**
 * A university that is party to an agreement, and its signature: who signed for it, in
 * which position, and when. The signatory may be unknown.
 */
@Audited
@Entity
@Table(name = "agreement_party")
public class AgreementParty implements Labelled {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id", nullable = false)
	private @Nullable Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "university_id", nullable = false)
	private @Nullable University university;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "role_note")
	private @Nullable String roleNote;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "signatory_id")
	private @Nullable Person signatory;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "signatory_position_id")
	private @Nullable Position signatoryPosition;

	@Column(name = "signatory_title")
	private @Nullable String signatoryTitle;

	@Column(name = "signed_on")
	private @Nullable LocalDate signedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "signed_precision")
	private @Nullable DatePrecision signedPrecision;

	protected AgreementParty() {
	}

	AgreementParty(Agreement agreement, University university, int sortOrder) {
		this.agreement = agreement;
		this.university = university;
		this.sortOrder = sortOrder;
	}

	/**
	 * Records who signed for the party, in which position (a recorded position of the
	 * signatory, or the words of the source), and when.
	 */
	void sign(@Nullable Person signatory, @Nullable Position position, @Nullable String title,
			@Nullable PartialDate signed) {
		this.signatory = signatory;
		this.signatoryPosition = (signatory != null) ? position : null;
		this.signatoryTitle = title;
		this.signedOn = PartialDate.valueOf(signed);
		this.signedPrecision = PartialDate.precisionOf(signed);
	}

	void arrange(int sortOrder, @Nullable String roleNote) {
		this.sortOrder = sortOrder;
		this.roleNote = roleNote;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	@Override
	public String historyLabel() {
		StringBuilder label = new StringBuilder((this.university != null) ? this.university.historyLabel() : "?");
		if (this.signatory != null) {
			label.append(": ").append(this.signatory.historyLabel());
		}
		if (this.signatoryPosition != null) {
			label.append(", ").append(this.signatoryPosition.getTitles().en());
		}
		if (this.signatoryTitle != null) {
			label.append(", ").append(this.signatoryTitle);
		}
		PartialDate signed = getSigned();
		if (signed != null) {
			label.append(", ").append(signed.iso());
		}
		if (this.roleNote != null) {
			label.append(" (").append(this.roleNote).append(')');
		}
		return label.toString();
	}

	@Override
	public String historyLabel(HistoryText text) {
		StringBuilder label = new StringBuilder((this.university != null) ? this.university.historyLabel(text) : "?");
		if (this.signatory != null) {
			label.append(": ").append(this.signatory.historyLabel(text));
		}
		if (this.signatoryPosition != null) {
			label.append(", ").append(text.name(this.signatoryPosition.getTitles()));
		}
		if (this.signatoryTitle != null) {
			label.append(", ").append(this.signatoryTitle);
		}
		PartialDate signed = getSigned();
		if (signed != null) {
			label.append(", ").append(text.date(signed));
		}
		if (this.roleNote != null) {
			label.append(" (").append(this.roleNote).append(')');
		}
		return label.toString();
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		if (this.agreement == null) {
			throw new IllegalStateException("Party without an agreement");
		}
		return this.agreement;
	}

	public University getUniversity() {
		if (this.university == null) {
			throw new IllegalStateException("Party without a university");
		}
		return this.university;
	}

	public @Nullable String getRoleNote() {
		return this.roleNote;
	}

	public @Nullable Person getSignatory() {
		return this.signatory;
	}

	public @Nullable Position getSignatoryPosition() {
		return this.signatoryPosition;
	}

	/**
	 * The position as the source describes it at signing, when it says more than the
	 * linked position.
	 */
	public @Nullable String getSignatoryTitle() {
		return this.signatoryTitle;
	}

	public @Nullable PartialDate getSigned() {
		return PartialDate.of(this.signedOn, this.signedPrecision);
	}

}
