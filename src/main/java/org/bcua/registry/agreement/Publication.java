package org.bcua.registry.agreement;

/**
 * Whether the public sees an agreement.
 */
public enum Publication {

	DRAFT, PUBLISHED

}
