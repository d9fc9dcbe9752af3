package org.bcua.registry.source;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * A source cited for a record, with the confidence it gives.
 *
 * @param source the source
 * @param confidence how sure the registry is of what it states
 * @param note a note on what it states
 */
@Schema(name = "Citation", description = "A source cited for a record, with the confidence it gives.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitationJson(
		@Schema(description = "The source.", requiredMode = Schema.RequiredMode.REQUIRED) SourceJson source,
		@Schema(description = "How sure the registry is of what the source states: HIGH when an official or "
				+ "primary source states it, MEDIUM when one secondary source does or it is partly inferred.",
				example = "HIGH", allowableValues = {
						"HIGH", "MEDIUM" },
				requiredMode = Schema.RequiredMode.REQUIRED) String confidence,
		@Schema(description = "A note on what the source states.",
				example = "Names the signatories") @Nullable String note){

	/**
	 * The citations as the API shows them, the most confident first.
	 */
	public static List<CitationJson> of(Collection<Citation> citations, HttpServletRequest request) {
		return citations.stream()
			.sorted(java.util.Comparator.comparing(Citation::getConfidence))
			.map((citation) -> new CitationJson(SourceJson.of(citation.getSource(), request),
					citation.getConfidence().name(), citation.getNote()))
			.toList();
	}

}
