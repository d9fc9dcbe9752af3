package org.bcua.registry.university;

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

import org.bcua.registry.shared.Confidence;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;
import org.bcua.registry.shared.PartialDate;
import org.bcua.registry.source.Source;

/**
 * One piece of evidence of a university's relation to the association, with its source.
 * Attendance evidence names the meeting attended by id (meetings build on universities,
 * not the other way round).
 */
@Audited
@Entity
@Table(name = "membership_evidence")
public class MembershipEvidence implements Labelled {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "university_id", nullable = false)
	private @Nullable University university;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceKind kind = EvidenceKind.ATTENDED;

	@Column(name = "occurred_on")
	private @Nullable LocalDate occurredOn;

	@Column(name = "meeting_id")
	private @Nullable Long meetingId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source_id", nullable = false)
	private @Nullable Source source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Confidence confidence = Confidence.HIGH;

	private @Nullable String note;

	protected MembershipEvidence() {
	}

	@Override
	public String historyLabel() {
		return this.kind + ((this.occurredOn != null) ? " " + this.occurredOn : "") + " "
				+ ((this.source != null) ? this.source.getUrl() : "");
	}

	@Override
	public String historyLabel(HistoryText text) {
		return text.label(this.kind)
				+ ((this.occurredOn != null) ? " " + text.date(PartialDate.ofDay(this.occurredOn)) : "") + " "
				+ ((this.source != null) ? this.source.getUrl() : "");
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public University getUniversity() {
		if (this.university == null) {
			throw new IllegalStateException("Evidence without a university");
		}
		return this.university;
	}

	public EvidenceKind getKind() {
		return this.kind;
	}

	public @Nullable LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public @Nullable Long getMeetingId() {
		return this.meetingId;
	}

	public @Nullable Source getSource() {
		return this.source;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public @Nullable String getNote() {
		return this.note;
	}

}
