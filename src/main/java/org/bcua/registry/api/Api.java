package org.bcua.registry.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Addresses of the API and of the pages it links to.
 */
public final class Api {

	/** Where the API's first version answers. */
	public static final String PREFIX = "/api/v1";

	private Api() {
	}

	/**
	 * Whether a request is one of the API's (and so gets JSON, problem details, entity
	 * tags, CORS and the rate limit).
	 */
	public static boolean isApiRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	/**
	 * The absolute URL of a path of the site (a record's page or API address), as the
	 * client reached the site.
	 * @param path the path, starting with {@code /}
	 */
	public static String url(HttpServletRequest request, String path) {
		return ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString();
	}

}
