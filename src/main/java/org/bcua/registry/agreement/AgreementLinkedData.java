package org.bcua.registry.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bcua.registry.meeting.MeetingLinkedData;
import org.bcua.registry.person.PersonLinkedData;
import org.bcua.registry.shared.LinkedData;
import org.bcua.registry.shared.Permalinks;
import org.bcua.registry.university.UniversityLinkedData;

/**
 * An agreement as schema.org linked data.
 * <p>
 * schema.org has no type for an agreement between institutions: {@code Legislation} is
 * law made by a legislature, {@code Contract} is not in the vocabulary, and {@code Event}
 * would describe the signing rather than the instrument. An agreement is therefore a
 * {@code CreativeWork} (a written instrument) with the properties whose definitions fit:
 * the universities that are parties as {@code sourceOrganization} ("the organization on
 * whose behalf the creator was working"), the signatories as {@code creator}, the signing
 * date as {@code dateCreated}, the end of its term as {@code expires}, its status as
 * {@code creativeWorkStatus}, the meeting where it was signed as {@code recordedAt}, the
 * place as {@code locationCreated}, the areas of cooperation as {@code about}. Its kind
 * (declaration, memorandum, ...) is an {@code additionalType} naming the registry's list
 * of agreements of that kind.
 */
public final class AgreementLinkedData {

	private AgreementLinkedData() {
	}

	/**
	 * The JSON-LD of an agreement's page.
	 * @param agreement an agreement with parties, signatories, meeting and areas loaded
	 * @param base the site's root ({@link Permalinks#base()})
	 */
	public static Map<String, Object> of(Agreement agreement, String base) {
		String page = Permalinks.of(base, "agreements", agreement.getSlug());
		List<LinkedData> parties = new ArrayList<>();
		List<LinkedData> signatories = new ArrayList<>();
		for (AgreementParty party : agreement.getParties()) {
			parties.add(UniversityLinkedData.reference(party.getUniversity(), base));
			if (party.getSignatory() != null) {
				signatories.add(PersonLinkedData.reference(party.getSignatory(), base)
					.put("affiliation", UniversityLinkedData.reference(party.getUniversity(), base)));
			}
		}
		List<LinkedData> areas = new ArrayList<>();
		for (Area area : agreement.getAreas()) {
			areas.add(LinkedData.node("DefinedTerm", base + "/agreements?area=" + area.getSlug())
				.put("name", LinkedData.names(area.getNames())));
		}
		return LinkedData.root("CreativeWork", page)
			.put("additionalType", base + "/agreements?kind=" + agreement.getKind().name())
			.put("mainEntityOfPage", page)
			.put("name", LinkedData.names(agreement.getTitles()))
			.put("abstract", agreement.getSummary())
			.put("creativeWorkStatus", agreement.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '))
			.put("dateCreated", LinkedData.date(agreement.getSigned()))
			.put("expires", LinkedData.date(agreement.getExpires()))
			.put("dateModified", LinkedData.moment(agreement.getUpdatedAt()))
			.put("sourceOrganization", parties)
			.put("creator", signatories)
			.put("locationCreated",
					(agreement.getPlace() != null) ? LinkedData.node("Place", null).put("name", agreement.getPlace())
							: null)
			.put("recordedAt",
					(agreement.getMeeting() != null) ? MeetingLinkedData.reference(agreement.getMeeting(), base) : null)
			.put("about", areas)
			.toMap();
	}

}
