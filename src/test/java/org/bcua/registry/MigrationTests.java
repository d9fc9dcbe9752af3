package org.bcua.registry;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations apply to an empty database (each test context starts a fresh embedded
 * cluster) and Hibernate validates the entities against the result (the context would not
 * start otherwise). Also checks the data rules of {@code shared/data/README.md} on what
 * was loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MigrationTests {

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyMigrationIsApplied() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).extracting(MigrationInfo::getScript)
			.startsWith("V1__schema.sql", "V2__real_data.sql", "V3__search.sql");
	}

	@Test
	void runsOnPostgreSql17() {
		assertThat(this.jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
	}

	@Test
	void everyRecordHasASource() {
		for (String table : new String[] { "university", "person", "agreement", "meeting" }) {
			Integer unsourced = this.jdbc.queryForObject("select count(*) from " + table + " t where not exists "
					+ "(select 1 from " + table + "_source s where s." + table + "_id = t.id)", Integer.class);
			assertThat(unsourced).as(table).isZero();
		}
	}

	@Test
	void onlyHighAndMediumConfidenceIsShipped() {
		for (String table : new String[] { "university_source", "person_source", "agreement_source", "meeting_source",
				"membership_evidence" }) {
			assertThat(this.jdbc.queryForList("select distinct confidence from " + table, String.class)).as(table)
				.isSubsetOf("HIGH", "MEDIUM");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from university where slug in ('bstu', 'dpu')",
				Integer.class))
			.isZero();
	}

	@Test
	void inferredMeetingNumbersAreMarked() {
		assertThat(this.jdbc.queryForList("select number_inferred from meeting order by number", Boolean.class))
			.containsExactly(true, true, false);
	}

	@Test
	void theDatabaseRefusesInconsistentData() {
		assertThat(violates("insert into agreement (slug, kind, title_en, status, signed_on, signed_precision, "
				+ "created_by, updated_by) values ('x', 'MEMORANDUM', 'x', 'SIGNED', date '2019-05-04', 'YEAR', 'test', 'test')"))
			.as("a year-precision date padded to a day")
			.isTrue();
		assertThat(violates("insert into university (slug, name_en, country, created_by, updated_by) "
				+ "values ('dut', 'Duplicate', 'CN', 'test', 'test')"))
			.as("a duplicate slug")
			.isTrue();
		assertThat(violates("insert into university (slug, name_en, country, created_by, updated_by) "
				+ "values ('xx', 'Somewhere', 'XX', 'test', 'test')"))
			.as("an unknown country")
			.isTrue();
	}

	private boolean violates(String sql) {
		try {
			this.jdbc.update(sql);
			return false;
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			return true;
		}
	}

}
