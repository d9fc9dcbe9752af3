package org.bcua.registry.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error path ({@code /error}) asked for directly, with no error behind it, is a page
 * that does not exist: the 404 page, not the "server error" that Spring Boot's error
 * controller would report for want of a status. Error dispatches reach it as before.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathRequests {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorPathFilter(
			@Value("${server.error.path:/error}") String errorPath) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				int parameters = path.indexOf(';');
				path = (parameters >= 0) ? path.substring(0, parameters) : path;
				if (path.equals(errorPath) || path.startsWith(errorPath + "/")) {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
					return;
				}
				chain.doFilter(request, response);
			}
		};
		return new FilterRegistrationBean<>(filter);
	}

}
