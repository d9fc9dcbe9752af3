package org.bcua.registry.person;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.RegistryDataJpaTest;
import org.bcua.registry.shared.Records;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads people and positions through {@link PersonRepository} on the embedded PostgreSQL.
 */
@RegistryDataJpaTest
class PersonRepositoryTests {

	@Autowired
	private PersonRepository people;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void xiangChangleHoldsAPositionAtDalianUniversityOfTechnology() {
		Person xiang = this.people.findBySlugAndArchivedAtIsNullAndPublishedTrue("xiang-changle").orElseThrow();
		this.people.fetchPositions(Records.ids(List.of(xiang)));
		assertThat(xiang.getNames().zh()).isEqualTo("项昌乐");
		assertThat(xiang.getPositions()).anySatisfy((position) -> {
			assertThat(position.getUniversity().getSlug()).isEqualTo("dut");
			assertThat(position.getTitles().en()).contains("Party Committee");
		});
	}

	@Test
	void findsThePeopleOfAUniversity() {
		Long bsuir = this.jdbc.queryForObject("select id from university where slug = 'bsuir'", Long.class);
		assertThat(this.people.findPositionsAt(bsuir)).extracting((position) -> position.getPerson().getSlug())
			.contains("vadim-bogush");
	}

	@Test
	void everyPersonHasASource() {
		assertThat(this.people.findAll())
			.allSatisfy((person) -> assertThat(person.getSources()).as(person.getSlug()).isNotEmpty());
	}

}
