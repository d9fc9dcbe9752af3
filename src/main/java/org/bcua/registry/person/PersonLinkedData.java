package org.bcua.registry.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bcua.registry.shared.LinkedData;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.university.UniversityLinkedData;

/**
 * A person as schema.org linked data: a {@code Person} whose {@code @id} is their page,
 * with their names in every language known, and each position held as an
 * {@code OrganizationRole} under {@code worksFor} (schema.org's role pattern: the role
 * carries the title as {@code roleName} and the period as {@code startDate} and
 * {@code endDate}, and names the university, by its page, as {@code worksFor} in turn).
 */
public final class PersonLinkedData {

	private PersonLinkedData() {
	}

	/**
	 * The JSON-LD of a person's page.
	 * @param person a person with their positions loaded
	 * @param base the site's root ({@link Permalinks#base()})
	 */
	public static Map<String, Object> of(Person person, String base) {
		List<LinkedData> roles = new ArrayList<>();
		for (Position position : person.getPositions()) {
			LinkedData organization = (position.getUniversity() != null)
					? UniversityLinkedData.reference(position.getUniversity(), base)
					: LinkedData.node("Organization", null).put("name", position.getOrganization());
			roles.add(LinkedData.node("OrganizationRole", null)
				.put("roleName", LinkedData.names(position.getTitles()))
				.put("startDate", LinkedData.date(position.getHeldFrom()))
				.put("endDate", LinkedData.date(position.getHeldTo()))
				.put("worksFor", organization));
		}
		String page = Permalinks.of(base, "people", person.getSlug());
		return LinkedData.root("Person", page)
			.put("mainEntityOfPage", page)
			.put("name", LinkedData.names(person.getNames()))
			.put("worksFor", roles)
			.toMap();
	}

	/**
	 * A reference to a person from another record's linked data: their type, page and
	 * names.
	 */
	public static LinkedData reference(Person person, String base) {
		return LinkedData.node("Person", Permalinks.of(base, "people", person.getSlug()))
			.put("name", LinkedData.names(person.getNames()));
	}

}
