package org.bcua.registry.agreement;

import org.bcua.registry.shared.Keyed;

/**
 * Kinds of instruments the registry records.
 */
public enum AgreementKind implements Keyed {

	DECLARATION, FOUNDING_AGREEMENT, FRAMEWORK_AGREEMENT, MEMORANDUM, COOPERATION_AGREEMENT, JOINT_INSTITUTE,
	JOINT_PROGRAMME;

	@Override
	public String messageKey() {
		return "agreement.kind." + name();
	}

}
