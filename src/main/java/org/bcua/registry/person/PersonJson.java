package org.bcua.registry.person;

import java.time.Instant;
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
import org.bcua.registry.university.UniversityJson;

/**
 * A person as the API shows them: everything their page shows.
 *
 * @param slug their stable identifier
 * @param page their page on the site
 * @param api their address in the API
 * @param names their names in each language
 * @param positions the positions they held
 * @param sources the sources of what is recorded of them
 * @param referencedBy the public records that name them
 * @param changes their public change log, newest first
 * @param updatedAt when their record last changed
 */
@Schema(name = "Person", description = "Someone who signs or leads, with everything their page shows.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonJson(
		@Schema(description = "Their stable identifier.", example = "vadim-bogush",
				requiredMode = Schema.RequiredMode.REQUIRED) String slug,
		@Schema(description = "Their page on the site.", format = "uri",
				example = "https://registry.example.org/people/vadim-bogush",
				requiredMode = Schema.RequiredMode.REQUIRED) String page,
		@Schema(description = "Their address in the API.", format = "uri",
				example = "https://registry.example.org/api/v1/people/vadim-bogush",
				requiredMode = Schema.RequiredMode.REQUIRED) String api,
		@Schema(description = "Their names in the registry's languages.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> names,
		@Schema(description = "The positions they held, the latest first.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<PositionJson> positions,
		@Schema(description = "The sources of what is recorded of them.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<CitationJson> sources,
		@Schema(description = "The public records that name them: the agreements they signed.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<RecordLink> referencedBy,
		@Schema(description = "Their public change log, newest first.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<ChangeJson> changes,
		@Schema(description = "When their record last changed.",
				example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt) {

	static PersonJson of(Person person, List<RecordLink> referencedBy, List<HistoryEntry> log,
			HttpServletRequest request) {
		return new PersonJson(person.getSlug(), page(person, request), api(person, request),
				NameJson.of(person.getNames()),
				person.getPositions().stream().map((position) -> PositionJson.of(position, request)).toList(),
				CitationJson.of(person.getSources(), request), referencedBy, ChangeJson.of(log), person.getUpdatedAt());
	}

	/**
	 * A link to a person from another record.
	 */
	public static RecordLink link(Person person, HttpServletRequest request) {
		return RecordLink.of("person", "people", person.getSlug(), person.getNames().en(), request);
	}

	static String page(Person person, HttpServletRequest request) {
		return Api.url(request, "/people/" + person.getSlug());
	}

	static String api(Person person, HttpServletRequest request) {
		return Api.url(request, Api.PREFIX + "/people/" + person.getSlug());
	}

	/**
	 * A position as the API shows it.
	 *
	 * @param titles the title of the position in each language
	 * @param titleKind the title's kind in the vocabulary, when it fits one
	 * @param university the university, when it is one
	 * @param organization the organization, when it is not a university of the registry
	 * @param from since when it was held
	 * @param to until when
	 * @param note a note
	 */
	@Schema(name = "Position", description = "A position held at a university or another organization.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PositionJson(
			@Schema(description = "The title of the position in the registry's languages.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> titles,
			@Schema(description = "The title's kind in the vocabulary of position titles, when it fits one; "
					+ "the titles then fill the languages the source gives no wording in with the vocabulary's word.",
					example = "RECTOR") @Nullable PositionTitle titleKind,
			@Schema(description = "The university, when it is one of the registry's.") @Nullable RecordLink university,
			@Schema(description = "The organization, when it is not a university of the registry.",
					example = "Ministry of Education of the Republic of Belarus") @Nullable String organization,
			@Schema(description = "Since when it was held, as far as known.") @Nullable DateJson from,
			@Schema(description = "Until when it was held, as far as known; absent while held or unknown.") @Nullable DateJson to,
			@Schema(description = "A note on it.", example = "Acting") @Nullable String note) {

		/**
		 * A position as the API shows it.
		 */
		public static PositionJson of(Position position, HttpServletRequest request) {
			return new PositionJson(NameJson.of(position.getTitles()), position.getTitleKind(),
					(position.getUniversity() != null) ? UniversityJson.link(position.getUniversity(), request) : null,
					position.getOrganization(), DateJson.of(position.getHeldFrom()), DateJson.of(position.getHeldTo()),
					position.getNote());
		}

	}

	/**
	 * A person in a list.
	 *
	 * @param slug their stable identifier
	 * @param page their page
	 * @param api their address in the API
	 * @param names their names
	 * @param positions the positions they held
	 * @param updatedAt when their record last changed
	 */
	@Schema(name = "PersonSummary", description = "A person in a list; their address gives everything.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Summary(
			@Schema(description = "Their stable identifier.", example = "vadim-bogush",
					requiredMode = Schema.RequiredMode.REQUIRED) String slug,
			@Schema(description = "Their page on the site.", format = "uri",
					example = "https://registry.example.org/people/vadim-bogush",
					requiredMode = Schema.RequiredMode.REQUIRED) String page,
			@Schema(description = "Their address in the API.", format = "uri",
					example = "https://registry.example.org/api/v1/people/vadim-bogush",
					requiredMode = Schema.RequiredMode.REQUIRED) String api,
			@Schema(description = "Their names in the registry's languages.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> names,
			@Schema(description = "The positions they held, the latest first.",
					requiredMode = Schema.RequiredMode.REQUIRED) List<PositionJson> positions,
			@Schema(description = "When their record last changed.",
					example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt) {

		static Summary of(Person person, HttpServletRequest request) {
			return new Summary(person.getSlug(), PersonJson.page(person, request), PersonJson.api(person, request),
					NameJson.of(person.getNames()),
					person.getPositions().stream().map((position) -> PositionJson.of(position, request)).toList(),
					person.getUpdatedAt());
		}

	}

}
