package org.bcua.registry.agreement;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.bcua.registry.api.RecordLink;
import org.bcua.registry.api.Referrers;
import org.bcua.registry.shared.RecordKind;

/**
 * What agreements add to the API's universities, people and meetings: the published
 * agreements a university is party to, a person signed, or were signed at a meeting,
 * latest first (as {@link AgreementSections} adds them to their pages).
 */
@Component
class AgreementReferrers implements Referrers {

	private final AgreementService agreements;

	AgreementReferrers(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public List<RecordLink> referringTo(RecordKind kind, long id, HttpServletRequest request) {
		List<Agreement> found = switch (kind) {
			case UNIVERSITY -> this.agreements.ofUniversity(id);
			case PERSON -> this.agreements.signedBy(id);
			case MEETING -> this.agreements.atMeeting(id);
			default -> List.of();
		};
		return found.stream().map((agreement) -> AgreementJson.link(agreement, request)).toList();
	}

}
