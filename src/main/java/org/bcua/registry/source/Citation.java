package org.bcua.registry.source;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.Confidence;
import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;

/**
 * A source attached to a record, with how far the registry trusts what it states about
 * that record.
 */
@Embeddable
public class Citation implements Labelled {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source_id", nullable = false)
	private @Nullable Source source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Confidence confidence = Confidence.HIGH;

	private @Nullable String note;

	protected Citation() {
	}

	public Citation(Source source, Confidence confidence, @Nullable String note) {
		this.source = source;
		this.confidence = confidence;
		this.note = note;
	}

	public Source getSource() {
		if (this.source == null) {
			throw new IllegalStateException("Citation without a source");
		}
		return this.source;
	}

	@Override
	public String historyLabel() {
		String label = ((this.source != null) ? this.source.getUrl() : "?") + " (" + this.confidence + ")";
		return (this.note != null) ? label + " " + this.note : label;
	}

	@Override
	public String historyLabel(HistoryText text) {
		String label = ((this.source != null) ? this.source.getUrl() : "?") + " (" + text.label(this.confidence) + ")";
		return (this.note != null) ? label + " " + this.note : label;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	/**
	 * Two citations are equal when they cite the same source with the same confidence and
	 * note (a record cites each source once; the history compares citations this way).
	 */
	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Citation that)) {
			return false;
		}
		return sameSource(this.source, that.source) && this.confidence == that.confidence
				&& Objects.equals(this.note, that.note);
	}

	@Override
	public int hashCode() {
		return Objects.hash((this.source != null) ? this.source.getUrl() : null, this.confidence);
	}

	private static boolean sameSource(@Nullable Source one, @Nullable Source other) {
		if (one == other) {
			return true;
		}
		if (one == null || other == null) {
			return false;
		}
		return one.getId() != null && one.getId().equals(other.getId());
	}

}
