package org.bcua.registry.agreement;

/**
 * A topic of cooperation, or one of the association's cooperation clusters.
 */
public enum AreaKind {

	TOPIC, CLUSTER

}
