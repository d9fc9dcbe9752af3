package org.bcua.registry.admin;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to the path (and query) only, never to an absolute URL: the page saved before
 * sign-in is recorded with the scheme and host the client sent, and a spoofed
 * {@code Host} header must not come back in a {@code Location}. A path without the
 * context path gets it, as with Spring Security's default strategy.
 */
class RelativeRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		String target = url;
		if (target.contains("://")) {
			target = pathOf(target, request.getContextPath() + "/");
		}
		else if (target.startsWith("/") && !target.startsWith("//")) {
			target = request.getContextPath() + target;
		}
		else {
			target = request.getContextPath() + "/";
		}
		response.sendRedirect(response.encodeRedirectURL(target));
	}

	private static String pathOf(String url, String otherwise) {
		try {
			URI uri = URI.create(url);
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return otherwise;
		}
	}

}
