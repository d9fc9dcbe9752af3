package org.bcua.registry.agreement;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import org.bcua.registry.shared.RecordChanged;
import org.bcua.registry.shared.RecordKind;

/**
 * Writes {@code agreement_facet}, what the agreements list filters and counts by: one
 * narrow row per agreement with whether the public sees it, its kind, status, date and
 * year, the countries of its parties and its areas (see {@link AgreementListing}).
 * <p>
 * A save writes the rows of what it changed before its transaction commits: an
 * agreement's own row, and the rows of a university's agreements when the university
 * changed (its country is counted with them).
 */
@Component
public class AgreementFacets {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate batches;

	AgreementFacets(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.batches = new TransactionTemplate(transactionManager);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void recordChanged(RecordChanged event) {
		if (event.kind() == RecordKind.AGREEMENT) {
			write(List.of(event.id()));
		}
		else if (event.kind() == RecordKind.UNIVERSITY) {
			write(this.jdbc.queryForList("select distinct agreement_id from agreement_party where university_id = ?",
					Long.class, event.id()));
		}
	}

	/**
	 * Writes the rows of the given agreements from their state in the current transaction
	 * (pending JPA changes are flushed first).
	 */
	void write(Collection<Long> agreementIds) {
		if (agreementIds.isEmpty()) {
			return;
		}
		this.entityManager.flush();
		this.jdbc.update(
				"""
						insert into agreement_facet (agreement_id, visible, kind, status, dated, year, countries, areas)
						select a.id,
						       a.publication = 'PUBLISHED' and a.archived_at is null,
						       a.kind,
						       a.status,
						       coalesce(a.signed_on, a.in_force_on),
						       cast(extract(year from coalesce(a.signed_on, a.in_force_on)) as integer),
						       array(select distinct u.country from agreement_party p join university u on u.id = p.university_id
						             where p.agreement_id = a.id order by u.country),
						       array(select aa.area_id from agreement_area aa where aa.agreement_id = a.id order by aa.area_id)
						from agreement a
						where a.id = any(?)
						on conflict (agreement_id) do update
						    set visible = excluded.visible, kind = excluded.kind, status = excluded.status,
						        dated = excluded.dated, year = excluded.year, countries = excluded.countries,
						        areas = excluded.areas
						""",
				(Object) agreementIds.toArray(Long[]::new));
	}

	/**
	 * Writes the row of every agreement again, in batches of their own transactions
	 * (after a bulk load by SQL).
	 * @return how many agreements were written
	 */
	public int rebuild() {
		List<Long> ids = this.jdbc.queryForList("select id from agreement order by id", Long.class);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.batches.executeWithoutResult((status) -> write(batch));
		}
		return ids.size();
	}

}
