package org.bcua.registry.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every page, public or admin, carries the security headers, and none may be cached.
 */
@AdminTest
class SecurityHeadersTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/agreements", "/admin", "/admin/users", "/no/such/page" })
	void everyPageCarriesTheSecurityHeaders(String url) {
		MockHttpServletResponse response = this.mvc.get()
			.uri(url)
			.with(user(AdminTest.ADMIN).roles("ADMIN"))
			.exchange()
			.getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

}
