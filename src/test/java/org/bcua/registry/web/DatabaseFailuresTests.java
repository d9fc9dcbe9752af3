package org.bcua.registry.web;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A failure of the database thrown by a filter, where no controller advice sees it, is
 * the 503 page with {@code Retry-After}; anything else goes on as before.
 */
class DatabaseFailuresTests {

	private final OncePerRequestFilter filter = new DatabaseFailures().databaseFailureFilter().getFilter();

	@Test
	void aDatabaseFailureInAFilterIsThe503Page() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/admin"), response, (request, ignored) -> {
			throw new ServletException(new CannotCreateTransactionException("Could not open JPA EntityManager",
					new java.sql.SQLTransientConnectionException("Connection is not available")));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
	}

	@Test
	void otherFailuresAreLeftAlone() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.filter
			.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), (request, response) -> {
				throw new IllegalStateException("not the database");
			}));
	}

}
