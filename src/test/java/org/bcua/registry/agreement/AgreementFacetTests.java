package org.bcua.registry.agreement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AgreementFacets} keeps {@code agreement_facet} equal to what the agreements,
 * their parties and areas, and the universities' countries say: the rows of a change are
 * written before its transaction commits. The records are written by SQL here so that
 * each step can be seen; the change is then announced as the services announce it. The
 * writes stay in a database of their own (the property below gives these tests their own
 * context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "registry.test.database=search-writes")
class AgreementFacetTests {

	private static final String RECOMPUTED = """
			select a.id, a.publication = 'PUBLISHED' and a.archived_at is null as visible, a.kind, a.status,
			       coalesce(a.signed_on, a.in_force_on) as dated,
			       cast(extract(year from coalesce(a.signed_on, a.in_force_on)) as integer) as year,
			       array_to_string(array(select distinct u.country from agreement_party p join university u on u.id = p.university_id
			                             where p.agreement_id = a.id order by u.country), ',') as countries,
			       array_to_string(array(select aa.area_id from agreement_area aa where aa.agreement_id = a.id
			                             order by aa.area_id), ',') as areas
			from agreement a order by a.id""";

	private static final String STORED = """
			select f.agreement_id as id, f.visible, f.kind, f.status, f.dated, f.year,
			       array_to_string(f.countries, ',') as countries, array_to_string(f.areas, ',') as areas
			from agreement_facet f order by f.agreement_id""";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AgreementFacets facets;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void everyAgreementLoadedByTheMigrationsHasItsFacetRow() {
		assertThat(this.jdbc.queryForList(STORED)).isEqualTo(this.jdbc.queryForList(RECOMPUTED));
	}

	@Test
	void theRowsOfAnAnnouncedChangeAreWrittenWithIt() {
		Long id = inTransaction(() -> {
			Long created = this.jdbc.queryForObject("""
					insert into agreement (slug, kind, title_en, status, publication, signed_on, signed_precision,
					                       created_by, updated_by)
					values ('test-facets', 'MEMORANDUM', 'Memorandum', 'SIGNED', 'PUBLISHED', date '2012-05-01',
					        'MONTH', 'test', 'test') returning id""", Long.class);
			this.jdbc.update("insert into agreement_party (agreement_id, university_id, sort_order) "
					+ "values (?, (select id from university where slug = 'bmstu'), 1), "
					+ "(?, (select id from university where slug = 'dut'), 2)", created, created);
			this.jdbc.update(
					"insert into agreement_area (agreement_id, area_id) select ?, id from area where slug = 'innovation'",
					created);
			announce(RecordKind.AGREEMENT, created);
			return created;
		});
		assertThat(row(id)).containsEntry("kind", "MEMORANDUM")
			.containsEntry("year", 2012)
			.containsEntry("countries", "CN,RU")
			.containsEntry("visible", true)
			.containsEntry("areas", String
				.valueOf(this.jdbc.queryForObject("select id from area where slug = 'innovation'", Long.class)));

		inTransaction(() -> {
			this.jdbc.update("update agreement set publication = 'DRAFT', status = 'TERMINATED' where id = ?", id);
			this.jdbc.update("delete from agreement_party where agreement_id = ? and university_id = "
					+ "(select id from university where slug = 'dut')", id);
			announce(RecordKind.AGREEMENT, id);
			return id;
		});
		assertThat(row(id)).containsEntry("visible", false)
			.containsEntry("status", "TERMINATED")
			.containsEntry("countries", "RU");
		assertThat(this.jdbc.queryForList(STORED)).isEqualTo(this.jdbc.queryForList(RECOMPUTED));
		this.jdbc.update("delete from search_entry where kind = 'AGREEMENT' and record_id = ?", id);
		this.jdbc.update("delete from agreement where id = ?", id);
	}

	@Test
	void aUniversityThatChangesCountryMovesItsAgreementsInTheCountryFacet() {
		List<Long> ofBmstu = this.jdbc.queryForList("""
				select distinct p.agreement_id from agreement_party p join university u on u.id = p.university_id
				where u.slug = 'bmstu'""", Long.class);
		assertThat(ofBmstu).isNotEmpty();
		long bmstu = this.jdbc.queryForObject("select id from university where slug = 'bmstu'", Long.class);
		try {
			inTransaction(() -> {
				this.jdbc.update("update university set country = 'BY' where id = ?", bmstu);
				announce(RecordKind.UNIVERSITY, bmstu);
				return bmstu;
			});
			assertThat(this.jdbc.queryForList(STORED)).isEqualTo(this.jdbc.queryForList(RECOMPUTED));
			assertThat(row(ofBmstu.get(0)).get("countries").toString()).contains("BY");
		}
		finally {
			inTransaction(() -> {
				this.jdbc.update("update university set country = 'RU' where id = ?", bmstu);
				announce(RecordKind.UNIVERSITY, bmstu);
				return bmstu;
			});
		}
		assertThat(this.jdbc.queryForList(STORED)).isEqualTo(this.jdbc.queryForList(RECOMPUTED));
	}

	@Test
	void aRebuildWritesEveryRowAgain() {
		this.jdbc.update("delete from agreement_facet where agreement_id in (select id from agreement limit 3)");
		assertThat(this.jdbc.queryForList(STORED)).isNotEqualTo(this.jdbc.queryForList(RECOMPUTED));
		this.facets.rebuild();
		assertThat(this.jdbc.queryForList(STORED)).isEqualTo(this.jdbc.queryForList(RECOMPUTED));
	}

	private void announce(RecordKind kind, long id) {
		this.events.publishEvent(new RecordChanged(kind, id, RecordChanged.Change.UPDATED));
	}

	private Long inTransaction(java.util.function.Supplier<Long> work) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> work.get());
	}

	private Map<String, Object> row(Long id) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList(STORED.replace("order by", "where f.agreement_id = ? order by"), id);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
