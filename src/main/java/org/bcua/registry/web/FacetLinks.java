package org.bcua.registry.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import org.bcua.registry.search.Facet;

/**
 * The facets of a list as links: each value links to the list narrowed to it (keeping
 * every other parameter, back to the first page), the chosen value links to the list
 * without it. The whole state of the filters stays in the URL.
 */
public final class FacetLinks {

	private FacetLinks() {
	}

	public static List<View> of(List<Facet> facets, UriComponentsBuilder current) {
		return facets.stream().map((facet) -> view(facet, current)).toList();
	}

	private static View view(Facet facet, UriComponentsBuilder current) {
		String clear = current.cloneBuilder()
			.replaceQueryParam(facet.name())
			.replaceQueryParam("page")
			.build()
			.toUriString();
		List<ValueLink> values = facet.values().stream().map((value) -> {
			String url = value.selected() ? clear : current.cloneBuilder()
				.replaceQueryParam(facet.name(), UriUtils.encodeQueryParam(value.value(), StandardCharsets.UTF_8))
				.replaceQueryParam("page")
				.build()
				.toUriString();
			return new ValueLink(value.value(), value.count(), value.selected(), value.label(), url);
		}).toList();
		String selected = facet.values()
			.stream()
			.filter(Facet.Value::selected)
			.map(Facet.Value::value)
			.findFirst()
			.orElse(null);
		return new View(facet.name(), values, selected, clear);
	}

	/**
	 * A facet as the list page shows it.
	 *
	 * @param name the request parameter
	 * @param values its values as links
	 * @param selected the chosen value, or {@code null}
	 * @param clearUrl the list without this facet's choice
	 */
	public record View(String name, List<ValueLink> values, @Nullable String selected, String clearUrl) {

		public boolean isFiltered() {
			return this.selected != null;
		}

	}

	/**
	 * One value of a facet as a link.
	 */
	public record ValueLink(String value, long count, boolean selected, @Nullable String label, String url) {

	}

}
