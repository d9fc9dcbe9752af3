package org.bcua.registry.university;

import org.bcua.registry.shared.Keyed;

/**
 * What a piece of membership evidence shows.
 */
public enum EvidenceKind implements Keyed {

	FOUNDING_SIGNATORY, MEMBER, CLUSTER_LEAD, ATTENDED;

	@Override
	public String messageKey() {
		return "evidence." + name();
	}

}
