package org.bcua.registry.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The path and query of the current request, as a base for links that change one
 * parameter.
 */
public final class CurrentRequest {

	private CurrentRequest() {
	}

	public static UriComponentsBuilder uri(HttpServletRequest request) {
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
	}

}
