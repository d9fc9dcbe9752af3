package org.bcua.registry.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.bcua.registry.shared.RecordKind;

/**
 * Records of a feature above that refer to a record of a feature below (the agreements a
 * university is party to, a person signed or a meeting saw signed): what a record's JSON
 * shows as {@code referencedBy}, as its page shows them through its sections. The feature
 * above implements it; the record's API controller calls every one it is given.
 */
public interface Referrers {

	/**
	 * The public records of this feature that refer to the given record, or none.
	 */
	List<RecordLink> referringTo(RecordKind kind, long id, HttpServletRequest request);

	/**
	 * What all the given referrers name for a record.
	 */
	static List<RecordLink> all(List<Referrers> referrers, RecordKind kind, long id, HttpServletRequest request) {
		return referrers.stream().flatMap((one) -> one.referringTo(kind, id, request).stream()).toList();
	}

}
