package org.bcua.registry.agreement;

import org.bcua.registry.shared.Keyed;

/**
 * Whether the public sees an agreement.
 */
public enum Publication implements Keyed {

	DRAFT, PUBLISHED;

	@Override
	public String messageKey() {
		return "admin.state." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
