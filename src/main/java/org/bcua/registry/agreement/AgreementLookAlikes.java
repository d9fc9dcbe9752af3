package org.bcua.registry.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.shared.DatePrecision;
import org.bcua.registry.shared.PartialDate;

/**
 * The recorded agreements an agreement form may duplicate, and the editor's confirmation
 * that it duplicates none of them.
 */
@Component
@Transactional(readOnly = true)
class AgreementLookAlikes {

	private final AgreementRepository agreements;

	AgreementLookAlikes(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	/**
	 * Admin area: recorded agreements that the form may duplicate: two of the same
	 * signing day, the same parties and a similar title (trigram similarity above 0.4).
	 * An agreement whose editor confirmed it is none of them (see
	 * {@link AgreementForm#isDuplicateConfirmed()}) has none, until its parties, signing
	 * date or English title change, or another look-alike is recorded.
	 * @param id the agreement edited (never its own duplicate), or {@code null}
	 */
	List<Agreement> likelyDuplicates(AgreementForm form, @Nullable Long id) {
		List<Agreement> lookAlikes = lookAlikes(form, id);
		if (lookAlikes.isEmpty() || id == null) {
			return lookAlikes;
		}
		String confirmed = this.agreements.findById(id).map(Agreement::getLookAlikesConfirmed).orElse(null);
		return lookAlikeDigest(form, lookAlikes).equals(confirmed) ? List.of() : lookAlikes;
	}

	/**
	 * The agreements the form looks like, whether or not an editor confirmed it is none
	 * of them.
	 */
	private List<Agreement> lookAlikes(AgreementForm form, @Nullable Long id) {
		PartialDate signed = PartialDate.isValid(form.getSigned()) ? PartialDate.parse(form.getSigned()) : null;
		LocalDate signedOn = (signed != null && signed.precision() == DatePrecision.DAY) ? signed.value() : null;
		String title = Objects.requireNonNullElse(form.getTitleEn(), "");
		List<Object[]> candidates = this.agreements.findDuplicateCandidates(title, signedOn, id);
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<Long, Double> similarity = new HashMap<>();
		candidates.forEach((row) -> similarity.put(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue()));
		List<Agreement> found = this.agreements.withParties(this.agreements.findAllById(similarity.keySet()));
		Set<Long> parties = form.filledParties()
			.stream()
			.map(PartyForm::getUniversityId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return found.stream().filter((agreement) -> {
			int matches = 0;
			if (signed != null && signed.equals(agreement.getSigned())) {
				matches++;
			}
			if (similarity.getOrDefault(agreement.getId(), 0.0) > 0.4) {
				matches++;
			}
			Set<Long> theirs = agreement.getParties()
				.stream()
				.map((party) -> party.getUniversity().getId())
				.collect(Collectors.toSet());
			if (!parties.isEmpty() && parties.equals(theirs)) {
				matches++;
			}
			return matches >= 2;
		}).sorted(Comparator.comparing(Agreement::getId).reversed()).toList();
	}

	/**
	 * What made the form look like the given agreements: its parties, signing date and
	 * English title (as compared), and which agreements they were, as a SHA-256 digest.
	 */
	static String lookAlikeDigest(AgreementForm form, List<Agreement> lookAlikes) {
		String parties = form.filledParties()
			.stream()
			.map(PartyForm::getUniversityId)
			.filter(Objects::nonNull)
			.sorted()
			.distinct()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		String signed = PartialDate.isValid(form.getSigned()) ? String.valueOf(PartialDate.parse(form.getSigned()))
				: "";
		String title = Objects.requireNonNullElse(form.getTitleEn(), "").strip().toLowerCase(Locale.ROOT);
		String others = lookAlikes.stream()
			.map(Agreement::getId)
			.sorted()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join("\n", parties, signed, title, others).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Remembers, when the editor confirmed the form is not a duplicate, what it looked
	 * like then, so that the question is not asked again for the same look-alikes.
	 */
	void rememberConfirmation(Agreement agreement, AgreementForm form, @Nullable Long id) {
		if (!form.isDuplicateConfirmed()) {
			return;
		}
		List<Agreement> lookAlikes = lookAlikes(form, id);
		if (!lookAlikes.isEmpty()) {
			agreement.confirmLookAlikes(lookAlikeDigest(form, lookAlikes));
		}
	}

}
