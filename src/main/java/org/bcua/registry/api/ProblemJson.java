package org.bcua.registry.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ApiProblems} writes, as the OpenAPI document describes it (RFC 9457).
 *
 * @param type the problem type
 * @param title a short summary of it
 * @param status the HTTP status
 * @param detail what went wrong
 * @param instance the path asked for
 * @param invalidParams the parameters refused, for a 400
 */
@Schema(name = "Problem", description = "An error, as an RFC 9457 problem detail (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProblemJson(
		@Schema(description = "The problem type; about:blank means the HTTP status says it all.",
				example = "about:blank", requiredMode = Schema.RequiredMode.REQUIRED) String type,
		@Schema(description = "A short summary of the problem.", example = "Bad Request",
				requiredMode = Schema.RequiredMode.REQUIRED) String title,
		@Schema(description = "The HTTP status.", example = "400",
				requiredMode = Schema.RequiredMode.REQUIRED) int status,
		@Schema(description = "What went wrong.",
				example = "Invalid parameter 'year': must be a whole number") @Nullable String detail,
		@Schema(description = "The path asked for.", example = "/api/v1/agreements",
				requiredMode = Schema.RequiredMode.REQUIRED) String instance,
		@JsonProperty("invalid-params") @Schema(
				description = "For a 400: the parameters refused, each with what is wrong with it.") @Nullable List<InvalidParam> invalidParams) {

	/**
	 * A parameter refused.
	 *
	 * @param name the parameter
	 * @param reason what is wrong with it
	 */
	@Schema(name = "InvalidParam", description = "A request parameter refused, with what is wrong with it.")
	record InvalidParam(
			@Schema(description = "The parameter.", example = "year",
					requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "What is wrong with it.", example = "must be a whole number",
					requiredMode = Schema.RequiredMode.REQUIRED) String reason) {

	}

}
