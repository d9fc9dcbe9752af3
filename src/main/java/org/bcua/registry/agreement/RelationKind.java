package org.bcua.registry.agreement;

/**
 * How one agreement relates to an earlier one.
 */
public enum RelationKind {

	AMENDS, RENEWS, SUPERSEDES, IMPLEMENTS

}
