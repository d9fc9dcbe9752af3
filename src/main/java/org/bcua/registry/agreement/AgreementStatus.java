package org.bcua.registry.agreement;

/**
 * Where an agreement stands in its life.
 */
public enum AgreementStatus {

	SIGNED, IN_FORCE, EXPIRED, TERMINATED, SUPERSEDED

}
