package org.bcua.registry.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the CSV and JSON exports of the list a page shows: the same filters
 * and text query, without the page and its size (an export holds every page).
 *
 * @param csv the CSV export
 * @param json the JSON export
 */
public record DownloadLinks(String csv, String json) {

	/**
	 * The exports of the list at {@code path} (such as {@code /agreements}) with the
	 * current request's parameters.
	 */
	public static DownloadLinks of(HttpServletRequest request, String path) {
		return new DownloadLinks(link(request, path + ".csv"), link(request, path + ".json"));
	}

	private static String link(HttpServletRequest request, String path) {
		return UriComponentsBuilder.fromPath(request.getContextPath() + path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.build()
			.toUriString();
	}

}
