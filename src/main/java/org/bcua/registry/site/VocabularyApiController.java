package org.bcua.registry.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

import org.bcua.registry.agreement.AgreementKind;
import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.agreement.AgreementStatus;
import org.bcua.registry.api.Api;
import org.bcua.registry.api.ApiController;
import org.bcua.registry.api.ApiRecord;
import org.bcua.registry.api.NameJson;
import org.bcua.registry.shared.Keyed;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.university.Country;
import org.bcua.registry.university.MembershipRole;

/**
 * The vocabularies of the API, which span the features: kinds and statuses of agreements,
 * areas of cooperation, countries and membership roles, each value with its code and its
 * labels in the four languages of the interface.
 */
@ApiController
@Tag(name = "Vocabularies", description = "The codes the filters take and the records show, with their labels.")
class VocabularyApiController {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
			Locale.forLanguageTag("be"), Locale.forLanguageTag("zh"));

	private final MessageSource messages;

	private final AgreementService agreements;

	VocabularyApiController(MessageSource messages, AgreementService agreements) {
		this.messages = messages;
		this.agreements = agreements;
	}

	@GetMapping(Api.PREFIX + "/vocabularies/kinds")
	@Operation(operationId = "listKinds", summary = "Kinds of agreement",
			description = "The kinds of instrument an agreement can be.")
	ResponseEntity<List<TermJson>> kinds() {
		return ApiRecord.of(terms(AgreementKind.values()));
	}

	@GetMapping(Api.PREFIX + "/vocabularies/statuses")
	@Operation(operationId = "listStatuses", summary = "Statuses of agreements",
			description = "The statuses an agreement can have.")
	ResponseEntity<List<TermJson>> statuses() {
		return ApiRecord.of(terms(AgreementStatus.values()));
	}

	@GetMapping(Api.PREFIX + "/vocabularies/areas")
	@Operation(operationId = "listAreas", summary = "Areas of cooperation",
			description = "The areas of cooperation: topics first, then the association's clusters.")
	ResponseEntity<List<TermJson>> areas() {
		return ApiRecord.of(this.agreements.areas()
			.stream()
			.map((area) -> new TermJson(area.getSlug(), NameJson.of(area.getNames()), area.getKind().name()))
			.toList());
	}

	@GetMapping(Api.PREFIX + "/vocabularies/countries")
	@Operation(operationId = "listCountries", summary = "Countries", description = "The countries of the universities.")
	ResponseEntity<List<TermJson>> countries() {
		return ApiRecord.of(terms(Country.values()));
	}

	@GetMapping(Api.PREFIX + "/vocabularies/membership-roles")
	@Operation(operationId = "listMembershipRoles", summary = "Membership roles",
			description = "The relations a university can have to the association.")
	ResponseEntity<List<TermJson>> membershipRoles() {
		return ApiRecord.of(terms(MembershipRole.values()));
	}

	private <T extends Enum<T> & Keyed> List<TermJson> terms(T[] values) {
		return Arrays.stream(values)
			.map((value) -> new TermJson(value.name(), NameJson.of(labels(value.messageKey())), null))
			.toList();
	}

	private LocalizedName labels(String key) {
		List<String> labels = LANGUAGES.stream()
			.map((language) -> this.messages.getMessage(key, null, language))
			.toList();
		return new LocalizedName(labels.get(0), labels.get(1), labels.get(2), labels.get(3));
	}

}
