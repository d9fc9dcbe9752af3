package org.bcua.registry.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list of the API, with its place among the pages.
 *
 * @param items the records of the page
 * @param page the page, one-based
 * @param size the most records a page holds
 * @param totalItems how many records all pages hold
 * @param totalPages how many pages there are (at least 1)
 * @param <T> the type of record
 */
@Schema(description = "One page of a list, with the total number of records of all pages. "
		+ "The Link header gives the first, previous, next and last pages, " + "and X-Total-Count the total.")
public record ApiPage<T>(
		@Schema(description = "The records of this page.", requiredMode = Schema.RequiredMode.REQUIRED) List<T> items,
		@Schema(description = "The page, one-based.", example = "1",
				requiredMode = Schema.RequiredMode.REQUIRED) int page,
		@Schema(description = "The most records a page holds.", example = "20",
				requiredMode = Schema.RequiredMode.REQUIRED) int size,
		@Schema(description = "How many records all pages hold.", example = "42",
				requiredMode = Schema.RequiredMode.REQUIRED) long totalItems,
		@Schema(description = "How many pages there are, at least 1.", example = "3",
				requiredMode = Schema.RequiredMode.REQUIRED) int totalPages) {

	/** The header giving the total number of records. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	/**
	 * The answer for a page of records: the body, a {@code Link} header with the pages
	 * {@code first}, {@code prev}, {@code next} and {@code last} (each keeping every
	 * other parameter of the request), {@code X-Total-Count}, and {@code Cache-Control:
	 * no-cache}.
	 * @param page the page read, zero-based as Spring Data counts
	 * @param items its records as the API shows them
	 */
	public static <T> ResponseEntity<ApiPage<T>> of(Page<?> page, List<T> items, HttpServletRequest request) {
		int totalPages = Math.max(page.getTotalPages(), 1);
		int number = page.getNumber() + 1;
		UriComponentsBuilder current = ServletUriComponentsBuilder.fromRequest(request);
		List<String> links = new ArrayList<>();
		links.add(link(current, 1, "first"));
		if (number > 1) {
			links.add(link(current, Math.min(number - 1, totalPages), "prev"));
		}
		if (number < totalPages) {
			links.add(link(current, number + 1, "next"));
		}
		links.add(link(current, totalPages, "last"));
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, String.join(", ", links))
			.header(TOTAL_COUNT, String.valueOf(page.getTotalElements()))
			.cacheControl(CacheControl.noCache())
			.body(new ApiPage<>(items, number, page.getSize(), page.getTotalElements(), totalPages));
	}

	private static String link(UriComponentsBuilder current, int page, String rel) {
		return "<" + current.cloneBuilder().replaceQueryParam("page", page).build().toUriString() + ">; rel=\"" + rel
				+ "\"";
	}

}
