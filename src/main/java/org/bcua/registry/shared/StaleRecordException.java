package org.bcua.registry.shared;

/**
 * A form was saved over a record that someone else changed after the form was opened: the
 * version the form carries is not the record's. Nothing is written.
 */
public class StaleRecordException extends RuntimeException {

	private final RecordKind kind;

	private final long id;

	private final long formVersion;

	public StaleRecordException(RecordKind kind, long id, long formVersion) {
		super(kind + " " + id + " changed since version " + formVersion);
		this.kind = kind;
		this.id = id;
		this.formVersion = formVersion;
	}

	public RecordKind getKind() {
		return this.kind;
	}

	public long getId() {
		return this.id;
	}

	/**
	 * The version the editor's form was made from.
	 */
	public long getFormVersion() {
		return this.formVersion;
	}

}
