package org.bcua.registry.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than the absolute timeout, however busy it was, before the request
 * is served: the request goes on without it, so a page of the admin area sends the editor
 * to the sign-in page. Sessions begin at sign-in, so the age counts from there.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(AbsoluteSessionTimeout.class);

	private final Duration timeout;

	private final Clock clock;

	AbsoluteSessionTimeout(Duration timeout, Clock clock) {
		this.timeout = timeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			try {
				Instant created = Instant.ofEpochMilli(session.getCreationTime());
				if (!created.plus(this.timeout).isAfter(this.clock.instant())) {
					logger.info("Session created at {} ended: older than {}", created, this.timeout);
					session.invalidate();
				}
			}
			catch (IllegalStateException ex) {
				// invalidated meanwhile: nothing to end
			}
		}
		chain.doFilter(request, response);
	}

}
