package org.bcua.registry.web;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A failure of the database is the 503 page with {@code Retry-After}, wherever it
 * happens: in a controller ({@link ErrorPages}) or before one, in a filter (the security
 * filters, the page cache), where no controller advice sees it. Never the 500 page.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFailures {

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseFailures.class);

	/**
	 * Outside every other filter (the security filters among them), so that it sees what
	 * they throw.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseFailureFilter() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				catch (ServletException | RuntimeException ex) {
					Throwable failure = databaseFailure(ex);
					if (failure == null || response.isCommitted()) {
						throw ex;
					}
					logger.error("Database failure; the request was not served", ex);
					unavailable(response);
					response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Asks the client to come back later.
	 */
	static void unavailable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
	}

	/**
	 * The failure of the database that caused {@code ex}, if one did.
	 */
	static @Nullable Throwable databaseFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof PersistenceException || cause instanceof SQLException) {
				return cause;
			}
		}
		return null;
	}

}
