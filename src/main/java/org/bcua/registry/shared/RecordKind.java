package org.bcua.registry.shared;

/**
 * The kinds of records editors write.
 */
public enum RecordKind {

	UNIVERSITY, PERSON, MEETING, AGREEMENT, SOURCE

}
