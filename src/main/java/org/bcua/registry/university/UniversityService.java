package org.bcua.registry.university;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.shared.Records;

/**
 * Reads universities for the public pages. Archived universities are never returned.
 */
@Service
@Transactional(readOnly = true)
public class UniversityService {

	private final UniversityRepository universities;

	UniversityService(UniversityRepository universities) {
		this.universities = universities;
	}

	/**
	 * One page of universities, filtered by country and membership role when given.
	 * @param page zero-based page number
	 */
	public Page<University> list(@Nullable Country country, @Nullable MembershipRole role, UniversitySort sort,
			Locale locale, int page, int size) {
		return this.universities.findListed(country, role, PageRequest.of(page, size, sort.toSort(locale)));
	}

	/**
	 * A university with its aliases, sources and membership evidence loaded.
	 * @throws UniversityNotFoundException when no listed university has the slug
	 */
	public University profile(String slug) {
		University university = this.universities.findBySlugAndArchivedAtIsNull(slug)
			.orElseThrow(() -> new UniversityNotFoundException(slug));
		Hibernate.initialize(university.getSources());
		this.universities.fetchEvidence(List.of(university));
		return university;
	}

	/**
	 * The listed universities with the given ids, in the order of the ids. Ids of
	 * archived or unknown universities are left out.
	 */
	public List<University> listedByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : Records.inOrderOf(ids, this.universities.findListedByIds(ids));
	}

	/**
	 * The listed university with the given slug, without its related records.
	 */
	public Optional<University> listed(String slug) {
		return this.universities.findBySlugAndArchivedAtIsNull(slug);
	}

	/**
	 * Every listed university, ordered by English name (for filters and pickers).
	 */
	public List<University> all() {
		return this.universities.findAllListed();
	}

	/**
	 * Universities and members per country.
	 */
	public List<CountryFigures> figuresByCountry() {
		return this.universities.countByCountry();
	}

	/**
	 * Attendance of a meeting, from the universities' evidence, with the universities
	 * loaded.
	 */
	public List<MembershipEvidence> attendance(Long meetingId) {
		return this.universities.findAttendance(meetingId);
	}

}
