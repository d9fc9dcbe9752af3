package org.bcua.registry.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session once there is one (signed-in editors), and before
 * that in an HttpOnly, SameSite=Lax cookie, so that the sign-in page and the anonymous
 * visitor's requests create no server session: sessions begin at sign-in. The cookie is
 * {@code Secure} when the request came over HTTPS.
 */
class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		this.cookie.setCookieCustomizer((builder) -> builder.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		repository(request).saveToken(token, request, response);
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		return repository(request).loadToken(request);
	}

	private CsrfTokenRepository repository(HttpServletRequest request) {
		return (request.getSession(false) != null) ? this.session : this.cookie;
	}

}
