package org.bcua.registry.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A node of schema.org linked data (JSON-LD) as plain maps and lists, which the pages
 * serialise into a {@code <script type="application/ld+json">} element. Empty values are
 * left out, so a node says only what the record knows.
 */
public final class LinkedData {

	/** The context every record's node names: schema.org's vocabulary. */
	public static final String CONTEXT = "https://schema.org";

	/** The media type of JSON-LD, in which a record's page answers when asked for it. */
	public static final String MEDIA_TYPE = "application/ld+json";

	private static final List<String> LANGUAGES = List.of("en", "ru", "be", "zh");

	private final Map<String, Object> node = new LinkedHashMap<>();

	private LinkedData() {
	}

	/**
	 * The top node of a page, with the context.
	 */
	public static LinkedData root(String type, String id) {
		LinkedData data = new LinkedData();
		data.node.put("@context", CONTEXT);
		data.node.put("@type", type);
		data.node.put("@id", id);
		return data;
	}

	/**
	 * A node inside another one.
	 * @param id the node's IRI, or {@code null} for a blank node
	 */
	public static LinkedData node(String type, @Nullable String id) {
		LinkedData data = new LinkedData();
		data.node.put("@type", type);
		if (id != null) {
			data.node.put("@id", id);
		}
		return data;
	}

	/**
	 * Sets a property, unless the value is {@code null}, blank or an empty collection. A
	 * {@link LinkedData} value becomes its map; so do those in a collection.
	 */
	public LinkedData put(String property, @Nullable Object value) {
		Object plain = plain(value);
		if (plain != null) {
			this.node.put(property, plain);
		}
		return this;
	}

	public Map<String, Object> toMap() {
		return this.node;
	}

	/**
	 * The forms of a name that are known, each as a language-tagged value, English first.
	 */
	public static List<Map<String, String>> names(LocalizedName names) {
		List<Map<String, String>> tagged = new ArrayList<>();
		for (String language : LANGUAGES) {
			String form = names.exactly(language);
			if (form != null) {
				tagged.add(inLanguage(form, language));
			}
		}
		return tagged;
	}

	/**
	 * A language-tagged string: {@code {"@value": "大连理工大学", "@language": "zh"}}.
	 */
	public static Map<String, String> inLanguage(String value, String language) {
		Map<String, String> tagged = new LinkedHashMap<>();
		tagged.put("@value", value);
		tagged.put("@language", language);
		return tagged;
	}

	/**
	 * A partial date as ISO 8601 with only the precision known: {@code 2019},
	 * {@code 2025-05} or {@code 2025-10-13}.
	 */
	public static @Nullable String date(@Nullable PartialDate date) {
		return (date != null) ? date.iso() : null;
	}

	/**
	 * An instant as an ISO 8601 date and time in UTC, to the second.
	 */
	public static @Nullable String moment(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : null;
	}

	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof LinkedData data) {
			return data.node;
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : text;
		}
		if (value instanceof Collection<?> values) {
			List<Object> list = new ArrayList<>();
			for (Object element : values) {
				Object plain = plain(element);
				if (plain != null) {
					list.add(plain);
				}
			}
			return list.isEmpty() ? null : list;
		}
		return value;
	}

}
