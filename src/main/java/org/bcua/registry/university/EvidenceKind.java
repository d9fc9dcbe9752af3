package org.bcua.registry.university;

/**
 * What a piece of membership evidence shows.
 */
public enum EvidenceKind {

	FOUNDING_SIGNATORY, MEMBER, CLUSTER_LEAD, ATTENDED

}
