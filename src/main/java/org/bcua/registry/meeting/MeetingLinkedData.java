package org.bcua.registry.meeting;

import java.util.List;
import java.util.Map;

import org.bcua.registry.shared.LinkedData;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.university.UniversityLinkedData;

/**
 * A meeting of the association as schema.org linked data: an {@code Event} whose
 * {@code @id} is its page, with its titles in every language known, its days, its place
 * and its hosts as {@code organizer} (universities, by their pages).
 */
public final class MeetingLinkedData {

	private MeetingLinkedData() {
	}

	/**
	 * The JSON-LD of a meeting's page.
	 * @param meeting a meeting with its hosts loaded
	 * @param base the site's root ({@link Permalinks#base()})
	 */
	public static Map<String, Object> of(Meeting meeting, String base) {
		String page = Permalinks.of(base, "meetings", meeting.getSlug());
		List<LinkedData> hosts = meeting.getHosts()
			.stream()
			.map((host) -> UniversityLinkedData.reference(host, base))
			.toList();
		LinkedData place = LinkedData.node("Place", null)
			.put("name", meeting.getVenue())
			.put("address",
					LinkedData.node("PostalAddress", null)
						.put("addressLocality", meeting.getCity())
						.put("addressCountry", meeting.getCountry()));
		return LinkedData.root("Event", page)
			.put("mainEntityOfPage", page)
			.put("name", LinkedData.names(meeting.getTitles()))
			.put("startDate", meeting.getStartsOn().toString())
			.put("endDate", (meeting.getEndsOn() != null) ? meeting.getEndsOn().toString() : null)
			.put("location", (meeting.getCity() != null || meeting.getVenue() != null) ? place : null)
			.put("organizer", hosts)
			.toMap();
	}

	/**
	 * A reference to a meeting from another record's linked data: its type, page and
	 * titles.
	 */
	public static LinkedData reference(Meeting meeting, String base) {
		return LinkedData.node("Event", Permalinks.of(base, "meetings", meeting.getSlug()))
			.put("name", LinkedData.names(meeting.getTitles()));
	}

}
