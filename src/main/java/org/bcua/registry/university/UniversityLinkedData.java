package org.bcua.registry.university;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bcua.registry.shared.LinkedData;
import org.bcua.registry.shared.Permalinks;

/**
 * A university as schema.org linked data: a {@code CollegeOrUniversity} whose {@code @id}
 * is its page here (its {@code url} is its own website), with its names in every language
 * known (language-tagged), aliases as {@code alternateName}, its ROR and Wikidata
 * identifiers as {@code sameAs}, and its address.
 */
public final class UniversityLinkedData {

	private UniversityLinkedData() {
	}

	/**
	 * The JSON-LD of a university's page.
	 * @param base the site's root ({@link Permalinks#base()})
	 */
	public static Map<String, Object> of(University university, String base) {
		List<Object> aliases = new ArrayList<>();
		for (UniversityAlias alias : university.getAliases()) {
			aliases.add(LinkedData.inLanguage(alias.getName(), alias.getLanguage()));
		}
		List<String> sameAs = new ArrayList<>();
		if (university.getRorId() != null && !university.getRorId().isBlank()) {
			sameAs.add("https://ror.org/" + university.getRorId());
		}
		if (university.getWikidataId() != null && !university.getWikidataId().isBlank()) {
			// the entity's concept URI, which Wikidata's own linked data uses
			sameAs.add("http://www.wikidata.org/entity/" + university.getWikidataId());
		}
		String page = Permalinks.of(base, "universities", university.getSlug());
		return LinkedData.root("CollegeOrUniversity", page)
			.put("mainEntityOfPage", page)
			.put("url", university.getWebsiteUrl())
			.put("name", LinkedData.names(university.getNames()))
			.put("alternateName", aliases)
			.put("sameAs", sameAs)
			.put("foundingDate", (university.getFoundedYear() != null) ? university.getFoundedYear().toString() : null)
			.put("address",
					LinkedData.node("PostalAddress", null)
						.put("addressLocality", university.getCity())
						.put("addressRegion", university.getRegion())
						.put("addressCountry", university.getCountry().name()))
			.toMap();
	}

	/**
	 * A reference to a university from another record's linked data: its type, page and
	 * names.
	 */
	public static LinkedData reference(University university, String base) {
		return LinkedData.node("CollegeOrUniversity", Permalinks.of(base, "universities", university.getSlug()))
			.put("name", LinkedData.names(university.getNames()));
	}

}
