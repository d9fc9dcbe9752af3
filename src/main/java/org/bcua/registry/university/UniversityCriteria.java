package org.bcua.registry.university;

import org.jspecify.annotations.Nullable;

import org.bcua.registry.search.SearchQuery;

/**
 * What the universities list is narrowed to; {@code null} means "any".
 *
 * @param query a text query, matched as by the search; an empty one narrows nothing
 * @param country the country
 * @param region the province or region, as stored
 * @param membership the relation to the association
 */
public record UniversityCriteria(SearchQuery query, @Nullable Country country, @Nullable String region,
		@Nullable MembershipRole membership) {

}
