package org.bcua.registry.agreement;

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
import org.bcua.registry.meeting.MeetingJson;
import org.bcua.registry.person.PersonJson;
import org.bcua.registry.shared.HistoryEntry;
import org.bcua.registry.source.CitationJson;
import org.bcua.registry.university.UniversityJson;

/**
 * An agreement as the API shows it: everything its page shows.
 *
 * @param slug its stable identifier
 * @param page its page on the site
 * @param api its address in the API
 * @param titles its titles
 * @param kind the kind of instrument
 * @param status its status
 * @param summary what it is about
 * @param signed when it was signed
 * @param inForce when it entered into force
 * @param expires when it expires
 * @param place where it was signed
 * @param associationInstrument whether it is an instrument of the association
 * @param meeting the meeting where it was signed
 * @param areas its areas of cooperation
 * @param parties its parties, each with its signatory
 * @param relations the agreements it relates to
 * @param sources its sources
 * @param changes its public change log
 * @param updatedAt when its record last changed
 */
@Schema(name = "Agreement",
		description = "A declaration, agreement, memorandum or programme, with everything its "
				+ "page shows: parties and signatories, dates with their precision, relations, sources and change log.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementJson(
		@Schema(description = "Its stable identifier.", example = "2025-10-13-declaration-higher-education",
				requiredMode = Schema.RequiredMode.REQUIRED) String slug,
		@Schema(description = "Its page on the site.", format = "uri",
				example = "https://registry.example.org/agreements/2025-10-13-declaration-higher-education",
				requiredMode = Schema.RequiredMode.REQUIRED) String page,
		@Schema(description = "Its address in the API.", format = "uri",
				example = "https://registry.example.org/api/v1/agreements/2025-10-13-declaration-higher-education",
				requiredMode = Schema.RequiredMode.REQUIRED) String api,
		@Schema(description = "Its titles in the registry's languages.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> titles,
		@Schema(description = "The kind of instrument (see /api/v1/vocabularies/kinds).", example = "DECLARATION",
				requiredMode = Schema.RequiredMode.REQUIRED) String kind,
		@Schema(description = "Its status (see /api/v1/vocabularies/statuses).", example = "SIGNED",
				requiredMode = Schema.RequiredMode.REQUIRED) String status,
		@Schema(description = "What it is about.",
				example = "Cooperation in higher education.") @Nullable String summary,
		@Schema(description = "When it was signed, as far as known.") @Nullable DateJson signed,
		@Schema(description = "When it entered into force, as far as known.") @Nullable DateJson inForce,
		@Schema(description = "When it expires, as far as known.") @Nullable DateJson expires,
		@Schema(description = "Where it was signed.", example = "Minsk") @Nullable String place,
		@Schema(description = "Whether it is an instrument of the association itself.", example = "true",
				requiredMode = Schema.RequiredMode.REQUIRED) boolean associationInstrument,
		@Schema(description = "The meeting where it was signed.") @Nullable RecordLink meeting,
		@Schema(description = "Its areas of cooperation (see /api/v1/vocabularies/areas).",
				requiredMode = Schema.RequiredMode.REQUIRED) List<AreaJson> areas,
		@Schema(description = "Its parties in their order, each with its signatory.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<PartyJson> parties,
		@Schema(description = "The agreements it amends, renews, supersedes or implements, and those that do so "
				+ "to it.", requiredMode = Schema.RequiredMode.REQUIRED) List<RelationJson> relations,
		@Schema(description = "The sources of what is recorded of it.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<CitationJson> sources,
		@Schema(description = "Its public change log, newest first.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<ChangeJson> changes,
		@Schema(description = "When its record last changed.",
				example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt) {

	static AgreementJson of(AgreementDetail detail, List<HistoryEntry> log, HttpServletRequest request) {
		Agreement agreement = detail.agreement();
		List<RelationJson> relations = new ArrayList<>();
		detail.outgoing()
			.forEach((relation) -> relations.add(new RelationJson(relation.getKind().name(), RelationJson.OUTGOING,
					link(relation.getRelated(), request))));
		detail.incoming()
			.forEach((relation) -> relations.add(new RelationJson(relation.getKind().name(), RelationJson.INCOMING,
					link(relation.getAgreement(), request))));
		return new AgreementJson(agreement.getSlug(), page(agreement, request), api(agreement, request),
				NameJson.of(agreement.getTitles()), agreement.getKind().name(), agreement.getStatus().name(),
				agreement.getSummary(), DateJson.of(agreement.getSigned()), DateJson.of(agreement.getInForce()),
				DateJson.of(agreement.getExpires()), agreement.getPlace(), agreement.isAssociationInstrument(),
				(agreement.getMeeting() != null) ? MeetingJson.link(agreement.getMeeting(), request) : null,
				agreement.getAreas().stream().map(AreaJson::of).toList(),
				agreement.getParties().stream().map((party) -> PartyJson.of(party, request)).toList(), relations,
				CitationJson.of(agreement.getSources(), request), ChangeJson.of(log), agreement.getUpdatedAt());
	}

	static RecordLink link(Agreement agreement, HttpServletRequest request) {
		return RecordLink.of("agreement", "agreements", agreement.getSlug(), agreement.getTitles().en(), request);
	}

	static String page(Agreement agreement, HttpServletRequest request) {
		return Api.url(request, "/agreements/" + agreement.getSlug());
	}

	static String api(Agreement agreement, HttpServletRequest request) {
		return Api.url(request, Api.PREFIX + "/agreements/" + agreement.getSlug());
	}

	/**
	 * An area of cooperation.
	 *
	 * @param slug its identifier
	 * @param kind a topic or one of the clusters
	 * @param names its names
	 */
	@Schema(name = "Area", description = "An area of cooperation: a topic or one of the association's clusters.")
	public record AreaJson(
			@Schema(description = "Its identifier, as the area filter takes it.", example = "education-and-science",
					requiredMode = Schema.RequiredMode.REQUIRED) String slug,
			@Schema(description = "A topic or one of the association's clusters.", example = "TOPIC",
					allowableValues = {
							"TOPIC", "CLUSTER" },
					requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(description = "Its names in the registry's languages.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> names){

		static AreaJson of(Area area) {
			return new AreaJson(area.getSlug(), area.getKind().name(), NameJson.of(area.getNames()));
		}

	}

	/**
	 * A party to an agreement, with its signatory.
	 *
	 * @param university the university
	 * @param roleNote its role, when noted
	 * @param signatory who signed for it
	 * @param signed when it signed
	 */
	@Schema(name = "Party", description = "A party to an agreement, with who signed for it and when.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PartyJson(
			@Schema(description = "The university.", requiredMode = Schema.RequiredMode.REQUIRED) RecordLink university,
			@Schema(description = "Its role in the agreement, when noted.",
					example = "Coordinator") @Nullable String roleNote,
			@Schema(description = "Who signed for it, when known.") @Nullable SignatoryJson signatory,
			@Schema(description = "When it signed, as far as known.") @Nullable DateJson signed) {

		static PartyJson of(AgreementParty party, HttpServletRequest request) {
			SignatoryJson signatory = null;
			if (party.getSignatory() != null || party.getSignatoryTitle() != null) {
				signatory = new SignatoryJson(
						(party.getSignatory() != null) ? PersonJson.link(party.getSignatory(), request) : null,
						(party.getSignatoryPosition() != null) ? NameJson.of(party.getSignatoryPosition().getTitles())
								: null,
						party.getSignatoryTitle());
			}
			return new PartyJson(UniversityJson.link(party.getUniversity(), request), party.getRoleNote(), signatory,
					DateJson.of(party.getSigned()));
		}

	}

	/**
	 * Who signed for a party.
	 *
	 * @param person the person
	 * @param position the title of the position they held at signing
	 * @param title the title as the signature gives it, when no position is recorded
	 */
	@Schema(name = "Signatory", description = "Who signed for a party, with the position held at signing.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SignatoryJson(@Schema(description = "The person, when recorded.") @Nullable RecordLink person,
			@Schema(description = "The title of the position they held at signing, in the registry's languages.") @Nullable List<NameJson> position,
			@Schema(description = "The title as the signature gives it, when no position is recorded.",
					example = "Vice-Rector for International Affairs") @Nullable String title) {

	}

	/**
	 * A relation to another agreement.
	 *
	 * @param kind the kind of relation
	 * @param direction whether this agreement is the later one
	 * @param agreement the other agreement
	 */
	@Schema(name = "Relation", description = "A relation between this agreement and another.")
	public record RelationJson(@Schema(description = "The kind of relation.", example = "AMENDS", allowableValues = {
			"AMENDS", "RENEWS", "SUPERSEDES", "IMPLEMENTS" }, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(description = "OUTGOING when this agreement amends (renews, ...) the other, INCOMING when the "
					+ "other amends this one.", example = "OUTGOING", allowableValues = { "OUTGOING", "INCOMING" },
					requiredMode = Schema.RequiredMode.REQUIRED) String direction,
			@Schema(description = "The other agreement.",
					requiredMode = Schema.RequiredMode.REQUIRED) RecordLink agreement){

		static final String OUTGOING = "OUTGOING";

		static final String INCOMING = "INCOMING";

	}

	/**
	 * An agreement in a list.
	 *
	 * @param slug its stable identifier
	 * @param page its page
	 * @param api its address in the API
	 * @param titles its titles
	 * @param kind the kind of instrument
	 * @param status its status
	 * @param date when it was signed, or entered into force when that is all that is
	 * known
	 * @param parties its parties
	 * @param updatedAt when its record last changed
	 */
	@Schema(name = "AgreementSummary", description = "An agreement in a list; its address gives everything.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Summary(
			@Schema(description = "Its stable identifier.", example = "2025-10-13-declaration-higher-education",
					requiredMode = Schema.RequiredMode.REQUIRED) String slug,
			@Schema(description = "Its page on the site.", format = "uri",
					example = "https://registry.example.org/agreements/2025-10-13-declaration-higher-education",
					requiredMode = Schema.RequiredMode.REQUIRED) String page,
			@Schema(description = "Its address in the API.", format = "uri",
					example = "https://registry.example.org/api/v1/agreements/2025-10-13-declaration-higher-education",
					requiredMode = Schema.RequiredMode.REQUIRED) String api,
			@Schema(description = "Its titles in the registry's languages.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> titles,
			@Schema(description = "The kind of instrument.", example = "DECLARATION",
					requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(description = "Its status.", example = "SIGNED",
					requiredMode = Schema.RequiredMode.REQUIRED) String status,
			@Schema(description = "When it was signed, or entered into force when that is all that is known.") @Nullable DateJson date,
			@Schema(description = "Its parties in their order.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<RecordLink> parties,
			@Schema(description = "When its record last changed.",
					example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt) {

		static Summary of(Agreement agreement, HttpServletRequest request) {
			return new Summary(agreement.getSlug(), AgreementJson.page(agreement, request),
					AgreementJson.api(agreement, request), NameJson.of(agreement.getTitles()),
					agreement.getKind().name(), agreement.getStatus().name(), DateJson.of(agreement.getDate()),
					agreement.getParties()
						.stream()
						.map((party) -> UniversityJson.link(party.getUniversity(), request))
						.toList(),
					agreement.getUpdatedAt());
		}

	}

}
