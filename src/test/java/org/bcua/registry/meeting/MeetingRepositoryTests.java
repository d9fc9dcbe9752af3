package org.bcua.registry.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.bcua.registry.RegistryDataJpaTest;
import org.bcua.registry.university.University;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads meetings through {@link MeetingRepository} on the embedded PostgreSQL.
 */
@RegistryDataJpaTest
class MeetingRepositoryTests {

	@Autowired
	private MeetingRepository meetings;

	@Test
	void listsTheThreeMeetingsLatestFirstWithInferredNumbering() {
		List<Meeting> all = this.meetings.findListed();
		assertThat(all).extracting(Meeting::getSlug)
			.containsExactly("2025-10-13-minsk", "2024-05-22-dalian", "2023-11-21-minsk");
		assertThat(all).extracting(Meeting::getNumber).containsExactly(3, 2, 1);
		assertThat(all).extracting(Meeting::isNumberInferred).containsExactly(false, true, true);
	}

	@Test
	void theSecondMeetingWasHostedByDutAndBsuir() {
		Meeting dalian = this.meetings.findListedBySlug("2024-05-22-dalian").orElseThrow();
		assertThat(dalian.getHosts()).extracting(University::getSlug).containsExactlyInAnyOrder("dut", "bsuir");
		assertThat(dalian.getSources()).isNotEmpty();
	}

}
