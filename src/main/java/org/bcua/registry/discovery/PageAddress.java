package org.bcua.registry.discovery;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * The absolute address of the current page without what does not change its content: the
 * page number and size, the order, the interface language and tracking parameters. Built
 * from the request (so it follows forwarded headers where the server trusts them).
 */
final class PageAddress {

	/** Parameters that never make a different page. */
	private static final List<String> NOISE = List.of("page", "size", "sort", "lang");

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private PageAddress() {
	}

	/**
	 * The page's address with the parameters that choose what it shows (a list's filters,
	 * the search query), or without any when {@code withFilters} is false (a record's
	 * page: its permalink).
	 */
	static String canonical(HttpServletRequest request, boolean withFilters) {
		UriComponentsBuilder address = ServletUriComponentsBuilder.fromContextPath(request)
			.replaceQuery(null)
			.path(PATHS.getPathWithinApplication(request));
		if (withFilters) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String name = parameter.getKey();
				if (!NOISE.contains(name) && !name.toLowerCase(Locale.ROOT).startsWith("utm_")) {
					for (String value : parameter.getValue()) {
						if (!value.isBlank()) {
							address.queryParam(name, value);
						}
					}
				}
			}
		}
		return address.build().encode().toUriString();
	}

	/**
	 * The same address with the interface language chosen by {@code ?lang=}.
	 */
	static String inLanguage(String canonical, String language) {
		return UriComponentsBuilder.fromUriString(canonical).queryParam("lang", language).build().toUriString();
	}

}
