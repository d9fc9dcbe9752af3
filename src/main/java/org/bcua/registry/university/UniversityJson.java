package org.bcua.registry.university;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.api.Api;
import org.bcua.registry.api.ChangeJson;
import org.bcua.registry.api.DateJson;
import org.bcua.registry.api.NameJson;
import org.bcua.registry.api.RecordLink;
import org.bcua.registry.shared.HistoryEntry;
import org.bcua.registry.source.CitationJson;
import org.bcua.registry.source.SourceJson;

/**
 * A university as the API shows it: everything its page shows.
 *
 * @param slug its stable identifier
 * @param page its page on the site
 * @param api its address in the API
 * @param names its names in every language, aliases included
 * @param country its country
 * @param city its city
 * @param region its province or region
 * @param foundedYear the year it was founded
 * @param website its website
 * @param identifiers its identifiers in other registries
 * @param membership its relation to the association
 * @param sources the sources of what is recorded of it
 * @param referencedBy the public records that name it
 * @param changes its public change log, newest first
 * @param updatedAt when its record last changed
 */
@Schema(name = "University", description = "A member or partner university, with everything its page shows.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UniversityJson(
		@Schema(description = "Its stable identifier.", example = "dut",
				requiredMode = Schema.RequiredMode.REQUIRED) String slug,
		@Schema(description = "Its page on the site.", format = "uri",
				example = "https://registry.example.org/universities/dut",
				requiredMode = Schema.RequiredMode.REQUIRED) String page,
		@Schema(description = "Its address in the API.", format = "uri",
				example = "https://registry.example.org/api/v1/universities/dut",
				requiredMode = Schema.RequiredMode.REQUIRED) String api,
		@Schema(description = "Its names: its own in each of the registry's languages (kind NAME), then its "
				+ "aliases, abbreviations, former names and renderings of the press.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> names,
		@Schema(description = "Its country, an ISO 3166-1 alpha-2 code.", example = "CN", allowableValues = {
				"BY", "CN", "RU" }, requiredMode = Schema.RequiredMode.REQUIRED) String country,
		@Schema(description = "Its city.", example = "Dalian") @Nullable String city,
		@Schema(description = "Its province or region.", example = "Liaoning") @Nullable String region,
		@Schema(description = "The year it was founded.", example = "1949") @Nullable Integer foundedYear,
		@Schema(description = "Its website.", format = "uri",
				example = "https://www.dlut.edu.cn") @Nullable String website,
		@Schema(description = "Where else it is registered.",
				requiredMode = Schema.RequiredMode.REQUIRED) Identifiers identifiers,
		@Schema(description = "Its relation to the association.",
				requiredMode = Schema.RequiredMode.REQUIRED) Membership membership,
		@Schema(description = "The sources of what is recorded of it.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<CitationJson> sources,
		@Schema(description = "The public records that name it: the agreements it is party to, the people who held "
				+ "positions there and the meetings it hosted or attended.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<RecordLink> referencedBy,
		@Schema(description = "Its public change log, newest first.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<ChangeJson> changes,
		@Schema(description = "When its record last changed.",
				example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt){

	static UniversityJson of(University university, List<RecordLink> referencedBy, List<HistoryEntry> log,
			HttpServletRequest request) {
		List<NameJson> names = new ArrayList<>(NameJson.of(university.getNames()));
		for (UniversityAlias alias : university.getAliases()) {
			names.add(new NameJson(alias.getName(), alias.getLanguage(), alias.getKind().name(), alias.getNote()));
		}
		List<Evidence> evidence = university.getEvidence()
			.stream()
			.map((item) -> new Evidence(item.getKind().name(), DateJson.of(item.getOccurredOn()),
					item.getConfidence().name(), item.getNote(),
					(item.getSource() != null) ? SourceJson.of(item.getSource(), request) : null))
			.toList();
		return new UniversityJson(university.getSlug(), page(university, request), api(university, request), names,
				university.getCountry().name(), university.getCity(), university.getRegion(),
				(university.getFoundedYear() != null) ? university.getFoundedYear().intValue() : null,
				university.getWebsiteUrl(), new Identifiers(university.getRorId(), university.getWikidataId()),
				new Membership(university.getMembershipRole().name(), DateJson.of(university.getMembershipSince()),
						university.getMembershipNote(), evidence),
				CitationJson.of(university.getSources(), request), referencedBy, ChangeJson.of(log),
				university.getUpdatedAt());
	}

	/**
	 * A link to a university from another record.
	 */
	public static RecordLink link(University university, HttpServletRequest request) {
		return RecordLink.of("university", "universities", university.getSlug(), university.getNames().en(), request);
	}

	static String page(University university, HttpServletRequest request) {
		return Api.url(request, "/universities/" + university.getSlug());
	}

	static String api(University university, HttpServletRequest request) {
		return Api.url(request, Api.PREFIX + "/universities/" + university.getSlug());
	}

	/**
	 * Where else the university is registered.
	 *
	 * @param ror its ROR identifier
	 * @param wikidata its Wikidata item
	 */
	@Schema(name = "UniversityIdentifiers", description = "Where else the university is registered.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Identifiers(
			@Schema(description = "Its ROR identifier (Research Organization Registry).",
					example = "023hj5876") @Nullable String ror,
			@Schema(description = "Its Wikidata item.", example = "Q1125537") @Nullable String wikidata) {

	}

	/**
	 * The university's relation to the association.
	 *
	 * @param role its role
	 * @param since since when
	 * @param note a note on it
	 * @param evidence what shows it
	 */
	@Schema(name = "Membership", description = "The university's relation to the association, with its evidence.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Membership(
			@Schema(description = "Its role in the association.", example = "CO_LEAD", allowableValues = {
					"CO_LEAD", "MEMBER", "PARTICIPANT", "NONE" },
					requiredMode = Schema.RequiredMode.REQUIRED) String role,
			@Schema(description = "Since when, as far as known.") @Nullable DateJson since,
			@Schema(description = "A note on its membership.",
					example = "Co-lead of the association") @Nullable String note,
			@Schema(description = "What shows its membership.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<Evidence> evidence){

	}

	/**
	 * One piece of evidence of membership.
	 *
	 * @param kind what it shows
	 * @param occurredOn when
	 * @param confidence how sure the registry is
	 * @param note a note
	 * @param source where it is stated
	 */
	@Schema(name = "MembershipEvidence", description = "One piece of evidence of membership, with its source.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Evidence(@Schema(description = "What it shows.", example = "FOUNDING_SIGNATORY", allowableValues = {
			"FOUNDING_SIGNATORY", "MEMBER", "CLUSTER_LEAD", "ATTENDED" },
			requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(description = "When it happened.") @Nullable DateJson occurredOn,
			@Schema(description = "How sure the registry is of it.", example = "HIGH",
					allowableValues = { "HIGH", "MEDIUM" },
					requiredMode = Schema.RequiredMode.REQUIRED) String confidence,
			@Schema(description = "A note on it.", example = "Signed the founding agreement") @Nullable String note,
			@Schema(description = "Where it is stated.") @Nullable SourceJson source){

	}

	/**
	 * A university in a list.
	 *
	 * @param slug its stable identifier
	 * @param page its page
	 * @param api its address in the API
	 * @param names its own names
	 * @param country its country
	 * @param city its city
	 * @param region its province or region
	 * @param membership its role in the association
	 * @param updatedAt when its record last changed
	 */
	@Schema(name = "UniversitySummary", description = "A university in a list; its address gives everything.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Summary(
			@Schema(description = "Its stable identifier.", example = "dut",
					requiredMode = Schema.RequiredMode.REQUIRED) String slug,
			@Schema(description = "Its page on the site.", format = "uri",
					example = "https://registry.example.org/universities/dut",
					requiredMode = Schema.RequiredMode.REQUIRED) String page,
			@Schema(description = "Its address in the API.", format = "uri",
					example = "https://registry.example.org/api/v1/universities/dut",
					requiredMode = Schema.RequiredMode.REQUIRED) String api,
			@Schema(description = "Its own names in the registry's languages.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> names,
			@Schema(description = "Its country, an ISO 3166-1 alpha-2 code.", example = "CN", allowableValues = {
					"BY", "CN", "RU" }, requiredMode = Schema.RequiredMode.REQUIRED) String country,
			@Schema(description = "Its city.", example = "Dalian") @Nullable String city,
			@Schema(description = "Its province or region.", example = "Liaoning") @Nullable String region,
			@Schema(description = "Its role in the association.", example = "CO_LEAD",
					allowableValues = { "CO_LEAD", "MEMBER", "PARTICIPANT", "NONE" },
					requiredMode = Schema.RequiredMode.REQUIRED) String membership,
			@Schema(description = "When its record last changed.",
					example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt){

		static Summary of(University university, HttpServletRequest request) {
			return new Summary(university.getSlug(), UniversityJson.page(university, request),
					UniversityJson.api(university, request), NameJson.of(university.getNames()),
					university.getCountry().name(), university.getCity(), university.getRegion(),
					university.getMembershipRole().name(), university.getUpdatedAt());
		}

	}

}
