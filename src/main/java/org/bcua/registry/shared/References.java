package org.bcua.registry.shared;

/**
 * How many current records refer to a record, so that archiving it is refused while any
 * do. Implemented by the features whose records refer to others (agreements refer to
 * universities, people and meetings); the archived record's feature asks through this
 * interface because it sits below them.
 */
public interface References {

	/**
	 * How many current (unarchived) records refer to the given record.
	 */
	long to(RecordKind kind, long id);

}
