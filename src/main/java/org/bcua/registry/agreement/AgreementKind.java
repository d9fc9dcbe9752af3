package org.bcua.registry.agreement;

/**
 * Kinds of instruments the registry records.
 */
public enum AgreementKind {

	DECLARATION, FOUNDING_AGREEMENT, FRAMEWORK_AGREEMENT, MEMORANDUM, COOPERATION_AGREEMENT, JOINT_INSTITUTE,
	JOINT_PROGRAMME

}
