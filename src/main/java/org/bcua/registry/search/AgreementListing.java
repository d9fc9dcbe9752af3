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
 * agreements are listed or counted. Filters, the text query and counts read
 * {@code agreement_facet}, one row per agreement with its facet values and the words of
 * its search entry, which triggers keep exact, so a page takes three statements whatever
 * the number of rows: the agreements of the page, their parties, and the counts of all
 * facets (which give the total).
 */
@Service
@Transactional(readOnly = true)
public class AgreementListing {

	/**
	 * The conditions that are facets; the others (the text query, the party) apply to
	 * every count.
	 */
	private static final List<String> FACETS = List.of("kind", "year", "status", "country", "area");

	/**
	 * Up to this many agreements left by the filters, a page is chosen by sorting them
	 * all rather than by walking the index on the date.
	 */
	private static final long FEW = 2000;

	private final EntityManager entityManager;

	private final SearchVocabulary vocabulary;

	private final AgreementService agreements;

	AgreementListing(EntityManager entityManager, SearchVocabulary vocabulary, AgreementService agreements) {
		this.entityManager = entityManager;
		this.vocabulary = vocabulary;
		this.agreements = agreements;
	}

	/**
	 * One page of the published agreements that meet the criteria, latest first, with
	 * their parties loaded, and the facets of all of them.
	 * @param locale the interface language, for the names of the areas
	 * @param page zero-based page number
	 */
	public FacetedPage<Agreement> find(AgreementCriteria criteria, Locale locale, int page, int size) {
		@Nullable SearchMatch match = criteria.query().isEmpty() ? null
				: new SearchMatch(this.vocabulary.withSpellings(criteria.query()));
		Filters filters = new Filters().always("f.visible")
			.when("kind", name(criteria.kind()), "f.kind = :kind")
			.when("year", criteria.year(), "f.year = :year")
			.when("status", name(criteria.status()), "f.status = :status")
			.when("country", name(criteria.country()), "f.countries @> array[cast(:country as varchar)]")
			.when("area", criteria.area(), "(select xr.id from area xr where xr.slug = :area) = any(f.areas)")
			.when("university", criteria.university(), """
					f.agreement_id in (select xp.agreement_id from agreement_party xp
					                   join university xu on xu.id = xp.university_id where xu.slug = :university)""");
		if (match != null) {
			SearchMatch.planForEachQuery(this.entityManager);
			filters.always(match.matches("f.words"));
		}
		Counted counted = facets(filters, match, criteria, locale, page, size);
		if (match != null) {
			SearchMatch.planAsUsual(this.entityManager);
		}
		// every agreement has one kind: the kind facet counts them all
		long total = Facets.total(counted.facets().get(0));
		List<Agreement> rows;
		if (counted.page() != null) {
			rows = this.agreements.publicByIds(counted.page());
		}
		else {
			rows = ((long) page * size < total) ? this.agreements.withParties(rows(filters, page, size, total))
					: List.of();
		}
		return new FacetedPage<>(new PageImpl<>(rows, PageRequest.of(page, size), total), counted.facets());
	}

	/**
	 * The page of agreements of a list without a text query or party. The page is chosen
	 * among the narrow facet rows and only its agreements are read. When the filters
	 * leave many agreements, the index on the date is walked until the page is full; when
	 * they leave few (a party country that hardly occurs), walking it would pass most of
	 * the registry first, so those few are read through the other indexes and sorted.
	 * @param total how many agreements the filters leave, known from the facets
	 */
	@SuppressWarnings("unchecked")
	private List<Agreement> rows(Filters filters, int page, int size, long total) {
		String left = "select f.agreement_id, f.dated from agreement_facet f where " + filters.all();
		boolean few = total <= FEW;
		String with = few ? "with chosen as materialized (" + left + ") " : "";
		String source = few ? "chosen" : "(" + left + ")";
		Query sql = this.entityManager.createNativeQuery(with + """
				select a.* from (select c.agreement_id, c.dated from %s c
				                 order by c.dated desc nulls last, c.agreement_id desc limit :size offset :offset) p
				join agreement a on a.id = p.agreement_id
				order by p.dated desc nulls last, p.agreement_id desc""".formatted(source), Agreement.class);
		filters.bind(sql).setParameter("size", size).setParameter("offset", (long) page * size);
		return sql.getResultList();
	}

	/**
	 * The facets, and for a text query or a party also the ids of the page's agreements
	 * (chosen from the same rows in the same statement).
	 */
	private Counted facets(Filters filters, @Nullable SearchMatch match, AgreementCriteria criteria, Locale locale,
			int page, int size) {
		boolean summed = match == null && criteria.university() == null;
		Query sql = summed ? summedFacets(criteria) : countedFacets(filters);
		if (!summed) {
			bind(sql, filters, match).setParameter("size", size).setParameter("offset", (long) page * size);
		}
		Map<Integer, Long> pageIds = new TreeMap<>();
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		Map<String, String> areaNames = new HashMap<>();
		Map<String, Integer> areaOrder = new HashMap<>();
		for (Object row : sql.getResultList()) {
			Object[] columns = (Object[]) row;
			String facet = (String) columns[0];
			String value = (String) columns[1];
			if ("page".equals(facet)) {
				pageIds.put(((Number) columns[7]).intValue(), Long.valueOf(value));
				continue;
			}
			// a sum over no row is null
			long count = (columns[2] != null) ? ((Number) columns[2]).longValue() : 0;
			if (value == null || count == 0) {
				continue;
			}
			counts.computeIfAbsent(facet, (key) -> new TreeMap<>()).put(value, count);
			if (columns[3] != null) {
				areaNames.put(value, new LocalizedName((String) columns[3], (String) columns[4], (String) columns[5],
						(String) columns[6])
					.in(locale));
				areaOrder.put(value, ((Number) columns[7]).intValue());
			}
		}
		String year = (criteria.year() != null) ? criteria.year().toString() : null;
		List<Facet> facets = List.of(
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
		return new Counted(facets, summed ? null : List.copyOf(pageIds.values()));
	}

	/**
	 * The facets counted from the agreements themselves, for a text query or a party. The
	 * rows of the query or party are read once and grouped once, by each facet in turn
	 * (countries and areas by the sets of them an agreement has, a few hundred), each
	 * counted with every condition but its own; the sets are then split into their
	 * countries and areas.
	 */
	private Query countedFacets(Filters filters) {
		return this.entityManager.createNativeQuery(
				"""
						with rows as materialized (
						    select f.agreement_id, f.kind, f.status, f.year, f.dated, f.countries, f.areas
						    from agreement_facet f where %s),
						counted as (
						    select grouping(f.kind) as by_kind, grouping(f.status) as by_status, grouping(f.year) as by_year,
						           grouping(f.countries) as by_countries, grouping(f.areas) as by_areas,
						           f.kind, f.status, f.year, f.countries, f.areas,
						           case when grouping(f.kind) = 0 then count(*) filter (where %s)
						                when grouping(f.status) = 0 then count(*) filter (where %s)
						                when grouping(f.year) = 0 then count(*) filter (where %s)
						                when grouping(f.countries) = 0 then count(*) filter (where %s)
						                else count(*) filter (where %s) end as agreements
						    from rows f
						    group by grouping sets ((f.kind), (f.status), (f.year), (f.countries), (f.areas)))
						select case when c.by_kind = 0 then 'kind' when c.by_status = 0 then 'status' else 'year' end,
						       coalesce(c.kind, c.status, cast(c.year as varchar)), c.agreements,
						       cast(null as varchar), cast(null as varchar), cast(null as varchar), cast(null as varchar),
						       cast(null as integer)
						from counted c where c.by_kind = 0 or c.by_status = 0 or c.by_year = 0
						union all
						select 'country', x.country, sum(c.agreements), null, null, null, null, null
						from counted c cross join unnest(c.countries) as x(country) where c.by_countries = 0
						group by x.country
						union all
						select 'area', ar.slug, a.agreements, ar.name_en, ar.name_ru, ar.name_be, ar.name_zh,
						       case ar.kind when 'TOPIC' then 0 else 1000 end + ar.sort_order
						from (select x.area_id, sum(c.agreements) as agreements
						      from counted c cross join unnest(c.areas) as x(area_id) where c.by_areas = 0
						      group by x.area_id) a
						join area ar on ar.id = a.area_id
						union all
						select 'page', cast(p.agreement_id as varchar), null, null, null, null, null, cast(p.position as integer)
						from (select f.agreement_id, row_number() over (order by f.dated desc nulls last, f.agreement_id desc)
						             as position
						      from rows f where %s
						      order by f.dated desc nulls last, f.agreement_id desc limit :size offset :offset) p
						"""
					.formatted(filters.allBut(FACETS), filters.onlyExcept(FACETS, "kind"),
							filters.onlyExcept(FACETS, "status"), filters.onlyExcept(FACETS, "year"),
							filters.onlyExcept(FACETS, "country"), filters.onlyExcept(FACETS, "area"),
							filters.only(FACETS)));
	}

	/**
	 * The facets summed from the counts per combination of facet values (a few thousand
	 * rows, kept by triggers), for the list without a text query or party. With an area
	 * chosen, the other facets are summed from the counts of that area.
	 */
	private Query summedFacets(AgreementCriteria criteria) {
		Filters counts = new Filters().always("true")
			.when("kind", name(criteria.kind()), "c.kind = :kind")
			.when("year", criteria.year(), "c.year = :year")
			.when("status", name(criteria.status()), "c.status = :status")
			.when("country", name(criteria.country()), ":country = any(c.countries)");
		String table = (criteria.area() != null) ? "agreement_area_count c" : "agreement_facet_count c";
		String area = (criteria.area() != null) ? "c.area_id = (select xr.id from area xr where xr.slug = :area)"
				: "true";
		Query sql = this.entityManager.createNativeQuery("""
				select case when grouping(c.kind) = 0 then 'kind' when grouping(c.status) = 0 then 'status'
				            else 'year' end,
				       coalesce(c.kind, c.status, cast(nullif(c.year, 0) as varchar)),
				       case when grouping(c.kind) = 0 then sum(c.agreements) filter (where %1$s)
				            when grouping(c.status) = 0 then sum(c.agreements) filter (where %2$s)
				            else sum(c.agreements) filter (where %3$s) end,
				       cast(null as varchar), cast(null as varchar), cast(null as varchar), cast(null as varchar),
				       cast(null as integer)
				from %5$s where %6$s
				group by grouping sets ((c.kind), (c.status), (c.year))
				union all
				select 'country', x.country, sum(c.agreements), null, null, null, null, null
				from %5$s cross join unnest(c.countries) as x(country)
				where %6$s and %4$s group by x.country
				union all
				select 'area', ar.slug, sum(c.agreements), ar.name_en, ar.name_ru, ar.name_be, ar.name_zh,
				       case ar.kind when 'TOPIC' then 0 else 1000 end + ar.sort_order
				from agreement_area_count c join area ar on ar.id = c.area_id
				where %7$s group by ar.id
				""".formatted(counts.onlyExcept(FACETS, "kind"), counts.onlyExcept(FACETS, "status"),
				counts.onlyExcept(FACETS, "year"), counts.onlyExcept(FACETS, "country"), table, area, counts.all()));
		counts.bind(sql);
		if (criteria.area() != null) {
			sql.setParameter("area", criteria.area());
		}
		return sql;
	}

	private static Query bind(Query sql, Filters filters, @Nullable SearchMatch match) {
		if (match != null) {
			match.bind(sql);
		}
		return filters.bind(sql);
	}

	/**
	 * The facets, with the ids of the page's agreements in order when they were read with
	 * them.
	 */
	private record Counted(List<Facet> facets, @Nullable List<Long> page) {

	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
