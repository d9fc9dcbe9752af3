package org.bcua.registry.site;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.api.NameJson;

/**
 * One value of a vocabulary of the API.
 *
 * @param code the value as filters take it and records show it
 * @param labels its labels in the registry's languages
 * @param kind for an area, a topic or one of the clusters
 */
@Schema(name = "Term",
		description = "One value of a vocabulary: its code, as the filters take it and the records "
				+ "show it, and its labels in the registry's four languages.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record TermJson(
		@Schema(description = "The value as filters take it and records show it.", example = "DECLARATION",
				requiredMode = Schema.RequiredMode.REQUIRED) String code,
		@Schema(description = "Its labels in English, Russian, Belarusian and Chinese.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<NameJson> labels,
		@Schema(description = "For an area of cooperation: a topic or one of the association's clusters.",
				example = "TOPIC", allowableValues = {
						"TOPIC", "CLUSTER" }) @Nullable String kind){

}
