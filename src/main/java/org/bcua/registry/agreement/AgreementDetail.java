package org.bcua.registry.agreement;

import java.util.List;

/**
 * An agreement with everything its page shows: parties and signatures, areas, sources and
 * the agreements it relates to in either direction.
 *
 * @param agreement the agreement, with parties, areas, meeting and sources loaded
 * @param relations relations from or to this agreement, both ends loaded
 */
public record AgreementDetail(Agreement agreement, List<AgreementRelation> relations) {

	/**
	 * Relations in which this agreement is the later one ("this amends that").
	 */
	public List<AgreementRelation> outgoing() {
		return this.relations.stream().filter((r) -> r.getAgreement().equals(this.agreement)).toList();
	}

	/**
	 * Relations in which this agreement is the earlier one ("that amends this").
	 */
	public List<AgreementRelation> incoming() {
		return this.relations.stream().filter((r) -> r.getRelated().equals(this.agreement)).toList();
	}

}
