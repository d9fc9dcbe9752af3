package org.bcua.registry.agreement;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.RegistryDataJpaTest;
import org.bcua.registry.shared.Records;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads agreements through {@link AgreementRepository} on the embedded PostgreSQL.
 */
@RegistryDataJpaTest
class AgreementRepositoryTests {

	static final String DECLARATION = "2025-10-13-declaration-higher-education";

	@Autowired
	private AgreementRepository agreements;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDeclarationHasBothSignatoriesWithTheirUniversitiesAndTheDate() {
		Agreement declaration = this.agreements.findPublicBySlug(DECLARATION).orElseThrow();
		this.agreements.fetchParties(Records.ids(List.of(declaration)));
		assertThat(declaration.getParties()).hasSize(2).allSatisfy((party) -> {
			assertThat(party.getSigned()).hasToString("2025-10-13");
			assertThat(party.getSignatoryPosition()).isNotNull();
		});
		assertThat(declaration.getParties())
			.extracting((party) -> party.getUniversity().getSlug(), (party) -> party.getSignatory().getSlug())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("bsuir", "vadim-bogush"),
					org.assertj.core.groups.Tuple.tuple("dut", "xiang-changle"));
		assertThat(declaration.isAssociationInstrument()).isTrue();
		assertThat(declaration.getMeeting().getSlug()).isEqualTo("2025-10-13-minsk");
	}

	@Test
	void keepsPartialDatesPartial() {
		Agreement memorandum = this.agreements.findPublicBySlug("2019-bsu-pku-memorandum").orElseThrow();
		assertThat(memorandum.getSigned()).hasToString("2019");
		assertThat(memorandum.getSigned().precision()).isEqualTo(org.bcua.registry.shared.DatePrecision.YEAR);
	}

	@Test
	void draftsAndArchivedAgreementsAreInvisible() {
		long published = this.agreements.countPublic();
		insertAgreement("draft-agreement", "DRAFT", false);
		insertAgreement("archived-agreement", "PUBLISHED", true);
		assertThat(this.agreements.countPublic()).isEqualTo(published);
		assertThat(this.agreements.findPublicBySlug("draft-agreement")).isEmpty();
		assertThat(this.agreements.findPublicBySlug("archived-agreement")).isEmpty();
		assertThat(this.agreements.findPublicYears()).doesNotContain(2026);
	}

	private void insertAgreement(String slug, String publication, boolean archived) {
		this.jdbc.update("""
				insert into agreement (slug, kind, title_en, status, signed_on, signed_precision, publication,
				                       archived_at, created_by, updated_by)
				values (?, 'MEMORANDUM', 'Test', 'SIGNED', date '2026-01-05', 'DAY', ?, ?, 'test', 'test')
				""", slug, publication, archived ? java.sql.Timestamp.valueOf("2026-02-01 00:00:00") : null);
	}

}
