package org.bcua.registry.agreement;

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

import org.bcua.registry.shared.HistoryText;
import org.bcua.registry.shared.Labelled;

/**
 * "This agreement amends (renews, supersedes, implements) that one".
 */
@Audited
@Entity
@Table(name = "agreement_relation")
public class AgreementRelation implements Labelled {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id", nullable = false)
	private @Nullable Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "related_id", nullable = false)
	private @Nullable Agreement related;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RelationKind kind = RelationKind.AMENDS;

	protected AgreementRelation() {
	}

	AgreementRelation(Agreement agreement, Agreement related, RelationKind kind) {
		this.agreement = agreement;
		this.related = related;
		this.kind = kind;
	}

	Target target() {
		return new Target(getRelated(), this.kind);
	}

	@Override
	public String historyLabel() {
		return this.kind + " " + ((this.related != null) ? this.related.historyLabel() : "?");
	}

	@Override
	public String historyLabel(HistoryText text) {
		return text.label(this.kind) + " " + ((this.related != null) ? this.related.historyLabel(text) : "?");
	}

	/**
	 * What a relation points to.
	 *
	 * @param related the earlier agreement
	 * @param kind how this one relates to it
	 */
	record Target(Agreement related, RelationKind kind) {

	}

	public Agreement getAgreement() {
		if (this.agreement == null) {
			throw new IllegalStateException("Relation without an agreement");
		}
		return this.agreement;
	}

	public Agreement getRelated() {
		if (this.related == null) {
			throw new IllegalStateException("Relation without a related agreement");
		}
		return this.related;
	}

	public RelationKind getKind() {
		return this.kind;
	}

}
