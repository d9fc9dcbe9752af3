package org.bcua.registry.shared;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of the registry's pages, for what leaves the page it is on: feeds,
 * linked data, citations, the sitemap. They are built from the current request (scheme,
 * host, port and context path), so behind a reverse proxy they follow its forwarded
 * headers when {@code server.forward-headers-strategy} says to.
 */
public final class Permalinks {

	private Permalinks() {
	}

	/**
	 * The site's root as the current request reached it, without a trailing slash:
	 * {@code https://registry.example}.
	 * @throws IllegalStateException outside a web request
	 */
	public static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString();
	}

	/**
	 * The permanent address of a record's page, e.g. {@code /universities/dut}, under the
	 * given root.
	 * @param kind the first segment of the page's path ({@code universities},
	 * {@code people}, {@code meetings}, {@code agreements})
	 */
	public static String of(String base, String kind, String slug) {
		return base + "/" + kind + "/" + slug;
	}

}
