package org.bcua.registry.agreement;

import org.bcua.registry.shared.Keyed;

/**
 * Where an agreement stands in its life.
 */
public enum AgreementStatus implements Keyed {

	SIGNED, IN_FORCE, EXPIRED, TERMINATED, SUPERSEDED;

	@Override
	public String messageKey() {
		return "agreement.status." + name();
	}

}
