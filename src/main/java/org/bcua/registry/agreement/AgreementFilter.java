package org.bcua.registry.agreement;

import org.jspecify.annotations.Nullable;

/**
 * What the agreements list is narrowed to; {@code null} means "any".
 *
 * @param kind the kind of instrument
 * @param status the status
 * @param year the year of signing
 * @param university the slug of a party
 */
public record AgreementFilter(@Nullable AgreementKind kind, @Nullable AgreementStatus status, @Nullable Integer year,
		@Nullable String university) {

	public static AgreementFilter none() {
		return new AgreementFilter(null, null, null, null);
	}

}
