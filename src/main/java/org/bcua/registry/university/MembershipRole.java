package org.bcua.registry.university;

import org.bcua.registry.shared.Keyed;

/**
 * A university's relation to the association, from its strongest evidence.
 */
public enum MembershipRole implements Keyed {

	/** Leads the association (a secretariat). */
	CO_LEAD,
	/** Signed the founding agreement or is stated to be a member. */
	MEMBER,
	/** Took part in association events; membership not proven. */
	PARTICIPANT,
	/** Party to agreements only. */
	NONE;

	@Override
	public String messageKey() {
		return "membership." + name();
	}

}
