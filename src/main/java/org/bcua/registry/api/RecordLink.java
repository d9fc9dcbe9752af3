package org.bcua.registry.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Another record a record refers to, or is referred to by.
 *
 * @param kind the kind of record
 * @param slug its stable identifier
 * @param name its English name or title
 * @param api its address in the API
 * @param page its page on the site
 */
@Schema(description = "Another record that this one refers to or is referred to by.")
public record RecordLink(@Schema(description = "The kind of record.", example = "agreement", allowableValues = {
		"university", "person", "meeting", "agreement" }, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
		@Schema(description = "Its stable identifier.", example = "2025-10-13-declaration-higher-education",
				requiredMode = Schema.RequiredMode.REQUIRED) String slug,
		@Schema(description = "Its English name or title.",
				example = "Declaration on cooperation in higher education between Chinese and Belarusian universities",
				requiredMode = Schema.RequiredMode.REQUIRED) String name,
		@Schema(description = "Its address in the API.", format = "uri",
				example = "https://registry.example.org/api/v1/agreements/2025-10-13-declaration-higher-education",
				requiredMode = Schema.RequiredMode.REQUIRED) String api,
		@Schema(description = "Its page on the site.", format = "uri",
				example = "https://registry.example.org/agreements/2025-10-13-declaration-higher-education",
				requiredMode = Schema.RequiredMode.REQUIRED) String page){

	/**
	 * A link to a record whose page is {@code /<collection>/<slug>} and API address
	 * {@code /api/v1/<collection>/<slug>}.
	 * @param kind the kind ({@code agreement})
	 * @param collection the path segment of its kind ({@code agreements})
	 */
	public static RecordLink of(String kind, String collection, String slug, String name,
			jakarta.servlet.http.HttpServletRequest request) {
		String path = "/" + collection + "/" + slug;
		return new RecordLink(kind, slug, name, Api.url(request, Api.PREFIX + path), Api.url(request, path));
	}

}
