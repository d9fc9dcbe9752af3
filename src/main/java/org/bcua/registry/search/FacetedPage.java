package org.bcua.registry.search;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of a list and the facets of the whole list.
 *
 * @param page the rows of the page, with the total
 * @param facets the facets, in the order they are shown
 * @param <T> the type of row
 */
public record FacetedPage<T>(Page<T> page, List<Facet> facets) {

	public FacetedPage {
		facets = List.copyOf(facets);
	}

	/**
	 * The facet with the given name.
	 * @throws IllegalArgumentException when there is none
	 */
	public Facet facet(String name) {
		return this.facets.stream()
			.filter((facet) -> facet.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No facet " + name));
	}

}
