package org.bcua.registry.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.bcua.registry.shared.HistoryEntry;

/**
 * One entry of a record's public change log.
 *
 * @param revision the revision
 * @param at when
 * @param kind what kind of change
 * @param fields the simple fields it changed
 */
@Schema(name = "Change", description = "One entry of a record's public change log: when, what kind of change, "
		+ "and the simple fields it changed (no editor is named).")
public record ChangeJson(
		@Schema(description = "The revision number, shared by everything saved together.", example = "12",
				requiredMode = Schema.RequiredMode.REQUIRED) long revision,
		@Schema(description = "When the change was made.", example = "2025-10-14T09:30:00Z",
				requiredMode = Schema.RequiredMode.REQUIRED) Instant at,
		@Schema(description = "What kind of change.", example = "CREATED", allowableValues = {
				"CREATED", "CHANGED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED", "REMOVED" },
				requiredMode = Schema.RequiredMode.REQUIRED) String kind,
		@Schema(description = "The fields that changed.",
				requiredMode = Schema.RequiredMode.REQUIRED) List<Field> fields){

	/**
	 * The public change log as the API shows it.
	 */
	public static List<ChangeJson> of(List<HistoryEntry> log) {
		return log.stream()
			.map((entry) -> new ChangeJson(entry.revision(), entry.at(), entry.kind().name(),
					entry.fields()
						.stream()
						.map((field) -> new Field(field.field(), empty(field.before()), empty(field.after())))
						.toList()))
			.toList();
	}

	private static @org.jspecify.annotations.Nullable String empty(String value) {
		return value.isEmpty() ? null : value;
	}

	/**
	 * One field's value before and after.
	 *
	 * @param name the field
	 * @param before its value before, absent when it had none
	 * @param after its value after, absent when it has none
	 */
	@Schema(name = "ChangedField",
			description = "A field's value before and after a change: codes, ISO dates, " + "English names.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Field(
			@Schema(description = "The field.", example = "status",
					requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "Its value before; absent when it had none.",
					example = "SIGNED") @org.jspecify.annotations.Nullable String before,
			@Schema(description = "Its value after; absent when it has none.",
					example = "IN_FORCE") @org.jspecify.annotations.Nullable String after) {

	}

}
