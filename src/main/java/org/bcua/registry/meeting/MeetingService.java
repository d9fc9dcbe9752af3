package org.bcua.registry.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads meetings of the association. Archived meetings are never returned.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	private final MeetingRepository meetings;

	MeetingService(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	/**
	 * Every meeting, latest first, with hosts loaded.
	 */
	public List<Meeting> list() {
		return this.meetings.findListed();
	}

	/**
	 * A meeting with hosts and sources loaded.
	 * @throws MeetingNotFoundException when no listed meeting has the slug
	 */
	public Meeting show(String slug) {
		Meeting meeting = this.meetings.findListedBySlug(slug).orElseThrow(() -> new MeetingNotFoundException(slug));
		Hibernate.initialize(meeting.getSources());
		return meeting;
	}

	/**
	 * A meeting that is not archived.
	 * @return the meeting, or empty when there is none with the id or it is archived
	 */
	public Optional<Meeting> find(long id) {
		return this.meetings.findById(id).filter((meeting) -> !meeting.isArchived());
	}

	/**
	 * The meetings with the given ids, by id (archived ones included: evidence may point
	 * to them).
	 */
	public Map<Long, Meeting> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.meetings.findByIds(ids).stream().collect(Collectors.toMap(Meeting::getId, Function.identity()));
	}

}
