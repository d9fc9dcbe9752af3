package org.bcua.registry.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.bcua.registry.agreement.Agreement;
import org.bcua.registry.agreement.AgreementKind;
import org.bcua.registry.agreement.AgreementService;
import org.bcua.registry.agreement.AgreementStatus;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.university.Country;

/**
 * The agreements list with its facets: kind, year, status, country of a party and area of
 * cooperation, combined with a party and a text query. Only published, unarchived
 * agreements are listed or counted. A page takes a fixed number of statements whatever
 * the number of rows: the agreements of the page, their parties, the total (unless the
 * first page holds every row), and the counts of all facets in one statement.
 */
@Service
@Transactional(readOnly = true)
public class AgreementListing {

	private static final String YEAR = "cast(extract(year from coalesce(a.signed_on, a.in_force_on)) as integer)";

	private final EntityManager entityManager;

	private final AgreementService agreements;

	AgreementListing(EntityManager entityManager, AgreementService agreements) {
		this.entityManager = entityManager;
		this.agreements = agreements;
	}

	/**
	 * One page of the published agreements that meet the criteria, latest first, with
	 * their parties loaded, and the facets of all of them.
	 * @param locale the interface language, for the names of the areas
	 * @param page zero-based page number
	 */
	public FacetedPage<Agreement> find(AgreementCriteria criteria, Locale locale, int page, int size) {
		@Nullable SearchMatch match = criteria.query().isEmpty() ? null : new SearchMatch(criteria.query());
		Filters filters = new Filters().always("a.publication = 'PUBLISHED' and a.archived_at is null")
			.when("kind", name(criteria.kind()), "a.kind = :kind")
			.when("year", criteria.year(), YEAR + " = :year")
			.when("status", name(criteria.status()), "a.status = :status")
			.when("country", name(criteria.country()), """
					exists (select 1 from agreement_party cp join university cu on cu.id = cp.university_id
					        where cp.agreement_id = a.id and cu.country = :country)""")
			.when("area", criteria.area(), """
					exists (select 1 from agreement_area xa join area xr on xr.id = xa.area_id
					        where xa.agreement_id = a.id and xr.slug = :area)""")
			.when("university", criteria.university(), """
					exists (select 1 from agreement_party up join university uu on uu.id = up.university_id
					        where up.agreement_id = a.id and uu.slug = :university)""");
		String with = "";
		if (match != null) {
			match.prepare(this.entityManager);
			with = "with matched as materialized (select e.record_id from search_entry e"
					+ " where e.kind = 'AGREEMENT' and e.visible and " + match.condition() + ") ";
			filters.always("a.id in (select record_id from matched)");
		}
		List<Agreement> rows = this.agreements.withParties(rows(with, filters, match, page, size));
		long total = (page == 0 && rows.size() < size) ? rows.size() : count(with, filters, match);
		List<Facet> facets = facets(with, filters, match, criteria, locale);
		return new FacetedPage<>(new PageImpl<>(rows, PageRequest.of(page, size), total), facets);
	}

	@SuppressWarnings("unchecked")
	private List<Agreement> rows(String with, Filters filters, @Nullable SearchMatch match, int page, int size) {
		Query sql = this.entityManager.createNativeQuery(with + "select a.* from agreement a where " + filters.all()
				+ " order by coalesce(a.signed_on, a.in_force_on) desc nulls last, a.id desc limit :size offset :offset",
				Agreement.class);
		bind(sql, filters, match).setParameter("size", size).setParameter("offset", (long) page * size);
		return sql.getResultList();
	}

	private long count(String with, Filters filters, @Nullable SearchMatch match) {
		Query sql = this.entityManager
			.createNativeQuery(with + "select count(*) from agreement a where " + filters.all());
		return ((Number) bind(sql, filters, match).getSingleResult()).longValue();
	}

	private List<Facet> facets(String with, Filters filters, @Nullable SearchMatch match, AgreementCriteria criteria,
			Locale locale) {
		Query sql = this.entityManager.createNativeQuery(with + """
				select 'kind', a.kind, count(*), cast(null as varchar), cast(null as varchar), cast(null as varchar),
				       cast(null as varchar), cast(null as integer)
				from agreement a where %s group by a.kind
				union all
				select 'year', cast(%s as varchar), count(*), null, null, null, null, null
				from agreement a where %s and coalesce(a.signed_on, a.in_force_on) is not null group by 2
				union all
				select 'status', a.status, count(*), null, null, null, null, null
				from agreement a where %s group by a.status
				union all
				select 'country', pu.country, count(distinct a.id), null, null, null, null, null
				from agreement a join agreement_party pp on pp.agreement_id = a.id
				join university pu on pu.id = pp.university_id
				where %s group by pu.country
				union all
				select 'area', ar.slug, count(*), ar.name_en, ar.name_ru, ar.name_be, ar.name_zh,
				       case ar.kind when 'TOPIC' then 0 else 1000 end + ar.sort_order
				from agreement a join agreement_area aa on aa.agreement_id = a.id join area ar on ar.id = aa.area_id
				where %s group by ar.id
				""".formatted(filters.except("kind"), YEAR, filters.except("year"), filters.except("status"),
				filters.except("country"), filters.except("area")));
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		Map<String, String> areaNames = new HashMap<>();
		Map<String, Integer> areaOrder = new HashMap<>();
		for (Object row : bind(sql, filters, match).getResultList()) {
			Object[] columns = (Object[]) row;
			String facet = (String) columns[0];
			String value = (String) columns[1];
			counts.computeIfAbsent(facet, (key) -> new TreeMap<>()).put(value, ((Number) columns[2]).longValue());
			if (columns[3] != null) {
				areaNames.put(value, new LocalizedName((String) columns[3], (String) columns[4], (String) columns[5],
						(String) columns[6])
					.in(locale));
				areaOrder.put(value, ((Number) columns[7]).intValue());
			}
		}
		String year = (criteria.year() != null) ? criteria.year().toString() : null;
		return List.of(
				Facets.of("kind", counts.get("kind"), name(criteria.kind()), Facets.inOrderOf(AgreementKind.values())),
				Facets.of("year", counts.get("year"), year, Comparator.reverseOrder()),
				Facets.of("status", counts.get("status"), name(criteria.status()),
						Facets.inOrderOf(AgreementStatus.values())),
				Facets.of("country", counts.get("country"), name(criteria.country()),
						Facets.inOrderOf(Country.values())),
				Facets.of("area", counts.get("area"), criteria.area(),
						Comparator.comparing((String slug) -> areaOrder.getOrDefault(slug, Integer.MAX_VALUE))
							.thenComparing(Comparator.naturalOrder()),
						areaNames::get));
	}

	private static Query bind(Query sql, Filters filters, @Nullable SearchMatch match) {
		if (match != null) {
			match.bind(sql);
		}
		return filters.bind(sql);
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
