package org.bcua.registry.agreement;

import org.bcua.registry.shared.Keyed;

/**
 * How one agreement relates to an earlier one.
 */
public enum RelationKind implements Keyed {

	AMENDS, RENEWS, SUPERSEDES, IMPLEMENTS;

	@Override
	public String messageKey() {
		return "relation." + name();
	}

}
