package org.bcua.registry.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form larger than the server parses ({@code server.tomcat.max-http-form-post-size}, 2
 * MB) is answered with the site's own 413 page, in its layout and language, before
 * anything reads it; otherwise the server would answer with its bare error page.
 */
@Configuration(proxyBeanMethods = false)
class OversizedRequests {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> oversizedFormFilter(
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String type = request.getContentType();
				if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
						&& request.getContentLengthLong() > limit.toBytes()) {
					showErrorPage(request, response);
					return;
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Renders the error page for the oversized request as for a GET without parameters:
	 * nothing may read the body, which the server would refuse to parse.
	 */
	private static void showErrorPage(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		HttpServletRequest withoutBody = new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return "GET";
			}

			@Override
			public @Nullable String getParameter(String name) {
				return null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Map.of();
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.emptyEnumeration();
			}

			@Override
			public String @Nullable [] getParameterValues(String name) {
				return null;
			}

		};
		withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
		withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		request.getRequestDispatcher("/error").forward(withoutBody, response);
	}

}
