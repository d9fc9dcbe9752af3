package org.bcua.registry.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.bcua.registry.shared.LocalizedName;

/**
 * One name of a record in one language.
 *
 * @param value the name
 * @param language its language (BCP 47)
 * @param kind what kind of name
 * @param note a note on it
 */
@Schema(name = "Name", description = "One name (or title) of a record in one language, with what kind of name it is.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NameJson(
		@Schema(description = "The name.", example = "Dalian University of Technology",
				requiredMode = Schema.RequiredMode.REQUIRED) String value,
		@Schema(description = "Its language, a BCP 47 tag.", example = "en",
				requiredMode = Schema.RequiredMode.REQUIRED) String language,
		@Schema(description = "What kind of name: NAME for the record's own name in a language, else the kind of "
				+ "alias: ABBREVIATION, FORMER_NAME, VARIANT or PRESS_RENDERING.", example = "NAME",
				requiredMode = Schema.RequiredMode.REQUIRED) String kind,
		@Schema(description = "A note on the name, when there is one.",
				example = "Rendering used in the press") @Nullable String note) {

	/** The kind of a record's own name in a language. */
	public static final String NAME = "NAME";

	/**
	 * A record's own names in the registry's four languages, English first; the languages
	 * without a name are left out.
	 */
	public static List<NameJson> of(LocalizedName names) {
		List<NameJson> list = new ArrayList<>();
		for (String language : List.of("en", "ru", "be", "zh")) {
			String name = names.exactly(language);
			if (name != null) {
				list.add(new NameJson(name, language, NAME, null));
			}
		}
		return list;
	}

}
