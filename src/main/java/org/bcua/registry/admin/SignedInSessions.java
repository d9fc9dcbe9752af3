package org.bcua.registry.admin;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.bcua.registry.admin.accounts.AccountSessions;

/**
 * The signed-in sessions, as Spring Session keeps them in the database (indexed by user
 * name), whichever instance of the registry they signed in through. An expired session is
 * refused at its next request, on any instance, by the {@code ConcurrentSessionFilter} of
 * the security filter chain.
 */
@Component
class SignedInSessions implements AccountSessions {

	private static final Logger logger = LoggerFactory.getLogger(SignedInSessions.class);

	private final ObjectProvider<SessionRegistry> registry;

	/**
	 * @param registry the sessions; none outside a web application (no one is signed in)
	 */
	SignedInSessions(ObjectProvider<SessionRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void endOtherSessions(String username) {
		SessionRegistry registry = this.registry.getIfAvailable();
		if (registry == null) {
			return;
		}
		String current = currentSessionId();
		int ended = 0;
		// the sessions are found by the name of their principal (Spring Session's index)
		for (SessionInformation session : registry.getAllSessions(username, false)) {
			if (!session.getSessionId().equals(current)) {
				session.expireNow();
				ended++;
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
