package org.bcua.registry.university;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.bcua.registry.RegistryDataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the real data through {@link UniversityRepository} on the embedded PostgreSQL.
 */
@RegistryDataJpaTest
class UniversityRepositoryTests {

	@Autowired
	private UniversityRepository universities;

	@Test
	void dalianUniversityOfTechnologyKeepsTheRussianPressRenderingAsAnAlias() {
		University dut = this.universities.findBySlugAndArchivedAtIsNull("dut").orElseThrow();
		assertThat(dut.getNames().zh()).isEqualTo("大连理工大学");
		assertThat(dut.getAliases()).extracting(UniversityAlias::getName)
			.contains("DUT", "Даляньский политехнический университет");
		assertThat(dut.getAliases()).filteredOn((alias) -> alias.getKind() == AliasKind.PRESS_RENDERING)
			.singleElement()
			.satisfies((alias) -> assertThat(alias.getNote()).contains("Dalian Polytechnic University"));
	}

	@Test
	void lowConfidenceUniversitiesAreNotShipped() {
		assertThat(this.universities.findBySlugAndArchivedAtIsNull("dpu")).isEmpty();
		assertThat(this.universities.findBySlugAndArchivedAtIsNull("bstu")).isEmpty();
	}

	@Test
	void everyUniversityHasASource() {
		assertThat(this.universities.findAll())
			.allSatisfy((university) -> assertThat(university.getSources()).as(university.getSlug()).isNotEmpty());
	}

	@Test
	void countsUniversitiesAndMembersPerCountry() {
		List<CountryFigures> figures = this.universities.countByCountry();
		assertThat(figures).extracting(CountryFigures::getCountry).contains(Country.BY, Country.CN);
		long members = this.universities.findAll()
			.stream()
			.filter((u) -> u.getMembershipRole() == MembershipRole.CO_LEAD
					|| u.getMembershipRole() == MembershipRole.MEMBER)
			.count();
		assertThat(figures.stream().mapToLong(CountryFigures::getMembers).sum()).isEqualTo(members);
		assertThat(figures.stream().mapToLong(CountryFigures::getUniversities).sum())
			.isEqualTo(this.universities.count());
	}

}
