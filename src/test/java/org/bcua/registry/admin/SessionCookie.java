package org.bcua.registry.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A browser's session cookie for MockMvc: sent with each request, replaced by the one a
 * response sets. Sessions live in the database (Spring Session JDBC), found by this
 * cookie.
 */
final class SessionCookie {

	private @Nullable Cookie cookie;

	SessionCookie() {
	}

	/**
	 * A cookie naming a session the server never made (as an attacker would plant).
	 */
	static SessionCookie planted(String id) {
		SessionCookie session = new SessionCookie();
		session.cookie = new Cookie(SessionConfiguration.COOKIE,
				Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
		return session;
	}

	MvcTestResult exchange(MockMvcRequestBuilder request) {
		if (this.cookie != null) {
			request.cookie(this.cookie);
		}
		MvcTestResult result = request.exchange();
		Cookie set = result.getResponse().getCookie(SessionConfiguration.COOKIE);
		if (set != null) {
			this.cookie = set;
		}
		return result;
	}

	/**
	 * The id of the session (the cookie holds it in Base64), or {@code null} before any.
	 */
	@Nullable String id() {
		return (this.cookie != null && !this.cookie.getValue().isEmpty())
				? new String(Base64.getDecoder().decode(this.cookie.getValue()), StandardCharsets.UTF_8) : null;
	}

}
