package org.bcua.registry.source;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.api.Api;
import org.bcua.registry.api.DateJson;

/**
 * A source as the API shows it.
 *
 * @param id its stable identifier
 * @param api its address in the API
 * @param url where it is
 * @param title its title
 * @param publisher who published it
 * @param language its language
 * @param published when it was published
 * @param updatedAt when its record last changed
 */
@Schema(name = "Source", description = "A published document that states facts of the registry.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceJson(
		@Schema(description = "Its stable identifier.", example = "12",
				requiredMode = Schema.RequiredMode.REQUIRED) long id,
		@Schema(description = "Its address in the API.", format = "uri",
				example = "https://registry.example.org/api/v1/sources/12",
				requiredMode = Schema.RequiredMode.REQUIRED) String api,
		@Schema(description = "Where the source is.", format = "uri",
				example = "https://www.bsuir.by/ru/news/12345-declaration",
				requiredMode = Schema.RequiredMode.REQUIRED) String url,
		@Schema(description = "Its title.",
				example = "BSUIR and Dalian University of Technology sign a declaration") @Nullable String title,
		@Schema(description = "Who published it.", example = "BSUIR") @Nullable String publisher,
		@Schema(description = "Its language, a BCP 47 tag.", example = "ru") @Nullable String language,
		@Schema(description = "When it was published, as far as known.") @Nullable DateJson published,
		@Schema(description = "When its record in the registry last changed.",
				example = "2025-10-14T09:30:00Z") @Nullable Instant updatedAt) {

	public static SourceJson of(Source source, HttpServletRequest request) {
		return new SourceJson(source.getId(), Api.url(request, Api.PREFIX + "/sources/" + source.getId()),
				source.getUrl(), source.getTitle(), source.getPublisher(), source.getLanguage(),
				DateJson.of(source.getPublished()), source.getUpdatedAt());
	}

}
