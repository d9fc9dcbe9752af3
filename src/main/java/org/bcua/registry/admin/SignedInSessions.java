package org.bcua.registry.admin;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.bcua.registry.admin.accounts.AccountSessions;

/**
 * The signed-in sessions, as Spring Security's session registry knows them (every sign-in
 * registers its session). An expired session is refused at its next request by the
 * {@code ConcurrentSessionFilter} of the security filter chain.
 */
@Component
class SignedInSessions implements AccountSessions {

	private static final Logger logger = LoggerFactory.getLogger(SignedInSessions.class);

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void endOtherSessions(String username) {
		String current = currentSessionId();
		int ended = 0;
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
					if (!session.getSessionId().equals(current)) {
						session.expireNow();
						ended++;
					}
				}
			}
		}
		if (ended > 0) {
			logger.info("Ended {} other session(s) of account '{}'", ended, username);
		}
	}

	private static @Nullable String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
