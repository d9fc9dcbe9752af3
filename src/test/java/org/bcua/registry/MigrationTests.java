package org.bcua.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
 * was loaded, and that Flyway migrates without the timeouts given to pages.
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
	void migrationsRunWithoutTheTimeoutsOfPages() throws SQLException {
		assertThat(this.jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("3s");
		String server = "select current_setting('statement_timeout') || ' ' || current_database() || ' '"
				+ " || inet_server_port()";
		try (Connection connection = this.flyway.getConfiguration().getDataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(server)) {
			assertThat(result.next()).isTrue();
			// the same database of the same server, with no statement timeout
			assertThat(result.getString(1))
				.isEqualTo(this.jdbc.queryForObject(server, String.class).replaceFirst("^3s ", "0 "));
		}
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

	/**
	 * V9 loads the names of {@code shared/data/names} with their sources: the row's
	 * source is cited by the record with the form it gives quoted in the note.
	 */
	@Test
	void theNamesAreOneRevisionOfTheHistoryByTheImport() {
		String latest = "select %s from university_aud a join revinfo r on r.rev = a.rev "
				+ "where a.id = (select id from university where slug = 'zjsru') order by a.rev desc limit 1";
		assertThat(this.jdbc.queryForObject(latest.formatted("a.name_zh"), String.class)).isEqualTo("浙江树人学院");
		assertThat(this.jdbc.queryForObject(latest.formatted("r.changed_by"), String.class)).isEqualTo("import");
		assertThat(this.jdbc.queryForObject(latest.formatted("a.version"), Long.class)).as("a new version")
			.isEqualTo(this.jdbc.queryForObject("select version from university where slug = 'zjsru'", Long.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from university u where not exists (select from university_aud a
				    where a.id = u.id and a.version = u.version and a.name_zh is not distinct from u.name_zh
				    and a.name_ru is not distinct from u.name_ru and a.name_be is not distinct from u.name_be)""",
				Integer.class))
			.as("every university's history knows its names as they are")
			.isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from university_alias u where not exists (select from university_alias_aud a
				    where a.id = u.id and a.name = u.name)""", Integer.class)).as("every other name is in the history")
			.isZero();
	}

	@Test
	void namesInOtherLanguagesKeepTheirSources() {
		assertThat(this.jdbc.queryForObject("select name_ru from university where slug = 'dut'", String.class))
			.isEqualTo("Даляньский политехнический университет");
		assertThat(this.jdbc.queryForObject(
				"select us.note from university_source us join university u on u.id = "
						+ "us.university_id join source s on s.id = us.source_id where u.slug = 'dut' and s.url = "
						+ "'https://bgaa.by/news/iii-zasedanie-kitaysko-belorusskoy-associacii-universitetov'",
				String.class))
			.contains("«Даляньский политехнический университет»");
		assertThat(this.jdbc.queryForObject("select name_zh from university where slug = 'zjsru'", String.class))
			.isEqualTo("浙江树人学院");
		// two Belarusian names of different confidence: the higher is the name, the other
		// an alias
		assertThat(this.jdbc.queryForObject("select name_be from university where slug = 'psu-polotsk'", String.class))
			.isEqualTo("Полацкі дзяржаўны ўніверсітэт");
		assertThat(this.jdbc.queryForList("select a.name from university_alias a join university u on u.id = "
				+ "a.university_id where u.slug = 'psu-polotsk' and a.language = 'be'", String.class))
			.contains("Полацкі дзяржаўны ўніверсітэт імя Ефрасінні Полацкай", "ПДУ");
		// a person's name of highest confidence, the other forms quoted by their sources
		assertThat(this.jdbc.queryForObject("select name_zh from person where slug = 'andrei-karol'", String.class))
			.isEqualTo("科罗利");
		assertThat(this.jdbc.queryForList("select ps.note from person_source ps join person p on p.id = ps.person_id "
				+ "where p.slug = 'andrei-karol'", String.class))
			.anyMatch((note) -> note != null && note.contains("«安德烈·卡罗尔»"));
		assertThat(this.jdbc.queryForObject("select title_zh from position p join person x on x.id = p.person_id "
				+ "where x.slug = 'jiang-pengming'", String.class))
			.isEqualTo("党委书记");
		assertThat(
				this.jdbc.queryForObject("select title_zh from meeting where slug = '2024-05-22-dalian'", String.class))
			.isEqualTo("2024年中国-白俄罗斯大学联盟全体大会暨联盟集群机制成立大会");
		// set only where empty: the Russian title of V2 stays
		assertThat(
				this.jdbc.queryForObject("select title_ru from meeting where slug = '2025-10-13-minsk'", String.class))
			.isEqualTo("3-е заседание Китайско-белорусской ассоциации университетов");
		assertThat(this.jdbc.queryForObject(
				"select p.name || ' ' || p.confidence || ' ' || s.url from place_name p "
						+ "join source s on s.id = p.source_id where p.place_en = 'Minsk' and p.language = 'zh'",
				String.class))
			.isEqualTo("明斯克 MEDIUM http://cissc.dlut.edu.cn/info/1008/1350.htm");
	}

	@Test
	void correctionsOfTheNamesDataAreApplied() {
		assertThat(this.jdbc
			.queryForList("select coalesce(u.slug, p.organization) || ' ' || coalesce(p.held_from::text, '-') "
					+ "|| ' ' || coalesce(p.held_to::text, '-') || ' ' || coalesce(p.held_to_precision, '-') from position p "
					+ "left join university u on u.id = p.university_id join person x on x.id = p.person_id "
					+ "where x.slug = 'sergei-kasperovich' order by p.sort_order", String.class))
			.containsExactly("brstu - 2025-11-01 MONTH",
					"Belarusian State Technological University (BSTU) 2025-11-01 - -");
		String polotsk = this.jdbc.queryForObject(
				"select ap.role_note from agreement_party ap join agreement a on "
						+ "a.id = ap.agreement_id join university u on u.id = ap.university_id where "
						+ "a.slug = '2022-04-08-zjsru-polotsk-cooperation-agreement' and u.slug = 'psu-polotsk'",
				String.class);
		assertThat(polotsk).contains("Romanov Oleg Alexandrovich", "罗曼诺夫斯基·尤里·亚岑托维奇");
		assertThat(this.jdbc
			.queryForList("select s.url from agreement_source x join agreement a on a.id = x.agreement_id "
					+ "join source s on s.id = x.source_id where a.slug = '2022-04-08-zjsru-polotsk-cooperation-agreement'",
					String.class))
			.contains("http://english.zjsru.edu.cn/info/1033/2023.htm", "https://news.usts.edu.cn/info/1040/24194.htm");
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
