package org.bcua.registry.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.bcua.registry.meeting.Meeting;
import org.bcua.registry.meeting.MeetingListSection;
import org.bcua.registry.meeting.MeetingPageSection;
import org.bcua.registry.person.Person;
import org.bcua.registry.person.PersonPageSection;
import org.bcua.registry.person.PositionReferences;
import org.bcua.registry.shared.RecordKind;
import org.bcua.registry.shared.References;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityListSection;
import org.bcua.registry.university.UniversityPageSection;

/**
 * What the agreements add to the pages of the records they refer to: a university's
 * agreements and their number in the universities list, a person's signatures, the
 * agreements signed at a meeting; and the references that keep those records from being
 * archived.
 */
@Component
class AgreementSections
		implements UniversityPageSection, PersonPageSection, MeetingPageSection, References, PositionReferences {

	private final AgreementService agreements;

	AgreementSections(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void addTo(University university, Model model) {
		model.addAttribute("agreements", this.agreements.ofUniversity(university.getId()));
	}

	@Override
	public void addTo(Person person, Model model) {
		model.addAttribute("agreements", this.agreements.signedBy(person.getId()));
	}

	@Override
	public void addTo(Meeting meeting, Model model) {
		model.addAttribute("agreements", this.agreements.atMeeting(meeting.getId()));
	}

	@Override
	public long to(RecordKind kind, long id) {
		return this.agreements.referencesTo(kind, id);
	}

	@Override
	public Set<Long> referenced(Collection<Long> positionIds) {
		return this.agreements.positionsSigned(positionIds);
	}

	/**
	 * The number of agreements of each university in the universities list.
	 */
	@Component
	static class OfUniversities implements UniversityListSection {

		private final AgreementService agreements;

		OfUniversities(AgreementService agreements) {
			this.agreements = agreements;
		}

		@Override
		public void addTo(List<University> universities, Model model) {
			model.addAttribute("agreementCounts", this.agreements
				.countByParty(universities.stream().map(University::getId).filter(Objects::nonNull).toList()));
		}

	}

	/**
	 * The number of agreements signed at each meeting in the meetings list.
	 */
	@Component
	static class OfMeetings implements MeetingListSection {

		private final AgreementService agreements;

		OfMeetings(AgreementService agreements) {
			this.agreements = agreements;
		}

		@Override
		public void addTo(List<Meeting> meetings, Model model) {
			model.addAttribute("agreementCounts", this.agreements
				.countByMeeting(meetings.stream().map(Meeting::getId).filter(Objects::nonNull).toList()));
		}

	}

}
