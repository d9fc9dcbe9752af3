package org.bcua.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of a list a visitor asked for, one-based as in the URL ({@code ?page=2}), and
 * the links to the other pages, which keep every other parameter of the request.
 *
 * @param number one-based page number
 * @param size rows per page
 */
public record Paging(int number, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * Checks the page parameters of a request.
	 * @throws BadRequestException when the page is below 1 or the size outside 1 to
	 * {@value #MAX_SIZE}
	 */
	public static Paging of(int page, int size) {
		if (page < 1) {
			throw new BadRequestException("page must be 1 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadRequestException("size must be between 1 and " + MAX_SIZE);
		}
		return new Paging(page, size);
	}

	public int index() {
		return this.number - 1;
	}

	/**
	 * Links for a page of results.
	 * @param page the page read
	 * @param current the URL of the current request, with its query string
	 */
	public static Links links(Page<?> page, UriComponentsBuilder current) {
		int total = Math.max(page.getTotalPages(), 1);
		int number = page.getNumber() + 1;
		List<Link> pages = new ArrayList<>();
		for (int n = Math.max(1, number - 3); n <= Math.min(total, number + 3); n++) {
			pages.add(new Link(n, url(current, n), n == number));
		}
		return new Links(number, total, page.getTotalElements(), (number > 1) ? url(current, number - 1) : null,
				(number < total) ? url(current, number + 1) : null, pages);
	}

	private static String url(UriComponentsBuilder current, int page) {
		return current.cloneBuilder().replaceQueryParam("page", page).build().toUriString();
	}

	/**
	 * Navigation between pages of a list.
	 *
	 * @param number the current page, one-based
	 * @param total how many pages there are (at least 1)
	 * @param elements how many rows all pages hold
	 * @param previous the previous page's URL, or {@code null} on the first page
	 * @param next the next page's URL, or {@code null} on the last page
	 * @param pages links to the pages around the current one
	 */
	public record Links(int number, int total, long elements, @Nullable String previous, @Nullable String next,
			List<Link> pages) {

		public boolean isPaged() {
			return this.total > 1;
		}

	}

	/**
	 * A link to one page.
	 */
	public record Link(int number, String url, boolean current) {

	}

}
