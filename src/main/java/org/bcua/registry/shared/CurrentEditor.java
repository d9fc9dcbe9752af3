package org.bcua.registry.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name under which a change is recorded: the signed-in user, or {@code system} for
 * changes the application makes on its own (migrations, the first administrator).
 */
public final class CurrentEditor {

	/** The name recorded for changes no signed-in user made. */
	public static final String SYSTEM = "system";

	private CurrentEditor() {
	}

	/**
	 * The user name of the signed-in user, or {@value #SYSTEM}.
	 */
	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
