package org.bcua.registry.agreement;

import org.jspecify.annotations.Nullable;

import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.university.Country;

/**
 * What the agreements list is narrowed to; {@code null} means "any".
 *
 * @param query a text query, matched as by the search; an empty one narrows nothing
 * @param kind the kind of instrument
 * @param year the year of signing (or of entry into force, when no signing date is known)
 * @param status the status
 * @param country the country of at least one party
 * @param area the slug of an area of cooperation
 * @param university the slug of a party
 */
public record AgreementCriteria(SearchQuery query, @Nullable AgreementKind kind, @Nullable Integer year,
		@Nullable AgreementStatus status, @Nullable Country country, @Nullable String area,
		@Nullable String university) {

}
