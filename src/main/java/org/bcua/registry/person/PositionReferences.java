package org.bcua.registry.person;

import java.util.Collection;
import java.util.Set;

/**
 * Which positions other records refer to (the agreements a position was signed under), so
 * that the person form refuses to remove them. Implemented by the agreement feature.
 */
public interface PositionReferences {

	/**
	 * The ids among the given positions that some agreement refers to.
	 */
	Set<Long> referenced(Collection<Long> positionIds);

}
