package org.bcua.registry.agreement;

import java.util.Arrays;
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

import org.bcua.registry.search.Facet;
import org.bcua.registry.search.FacetedPage;
import org.bcua.registry.search.Facets;
import org.bcua.registry.search.Filters;
import org.bcua.registry.search.SearchKind;
import org.bcua.registry.search.SearchMatch;
import org.bcua.registry.search.SearchVocabulary;
import org.bcua.registry.shared.LocalizedName;
import org.bcua.registry.university.Country;

/**
 * The agreements list with its facets: kind, year, status, country of a party and area of
 * cooperation, combined with a party and a text query. Only published, unarchived
 * agreements are listed or counted. Filters and counts read {@code agreement_facet}, one
 * narrow row per agreement with its facet values ({@link AgreementFacets} writes it with
 * every save); a text query keeps the agreements whose search entry matches. A page takes
 * two statements whatever the number of rows, its agreements and their parties, when the
 * counts and ids of its filters are kept ({@link AgreementFacetCounts}); two more,
 * counting every facet and reading the ids in list order, when they are not.
 */
@Service
@Transactional(readOnly = true)
public class AgreementListing {

	/**
	 * The conditions that are facets; the others (the text query, the party) apply to
	 * every count.
	 */
	private static final List<String> FACETS = List.of("kind", "year", "status", "country", "area");

	private final EntityManager entityManager;

	private final SearchVocabulary vocabulary;

	private final AgreementService agreements;

	private final AgreementFacetCounts counts;

	AgreementListing(EntityManager entityManager, SearchVocabulary vocabulary, AgreementService agreements,
			AgreementFacetCounts counts) {
		this.entityManager = entityManager;
		this.vocabulary = vocabulary;
		this.agreements = agreements;
		this.counts = counts;
	}

	/**
	 * One page of the published agreements that meet the criteria, latest first, with
	 * their parties loaded, and the facets of all of them.
	 * @param locale the interface language, for the names of the areas
	 * @param page zero-based page number
	 */
	public FacetedPage<Agreement> find(AgreementCriteria criteria, Locale locale, int page, int size) {
		@Nullable SearchMatch match = match(criteria);
		Filters filters = filters(criteria, match);
		AgreementFacetCounts.Listed listed = this.counts.of(criteria, locale,
				() -> new AgreementFacetCounts.Listed(facets(filters, match, criteria, locale), ids(filters, match)));
		List<Long> ids = listed.page(page, size);
		List<Agreement> rows = ids.isEmpty() ? List.of() : this.agreements.publicByIds(ids);
		return new FacetedPage<>(new PageImpl<>(rows, PageRequest.of(page, size), listed.ids().length),
				listed.facets());
	}

	/**
	 * The ids of every published agreement that meets the criteria, in the order of
	 * {@link #find} (latest first), for an export of all of them: one statement through
	 * the index on the date, whatever their number.
	 */
	public List<Long> ids(AgreementCriteria criteria) {
		@Nullable SearchMatch match = match(criteria);
		return Arrays.stream(ids(filters(criteria, match), match)).boxed().toList();
	}

	/**
	 * The ids of the agreements left by the filters, latest first.
	 */
	@SuppressWarnings("unchecked")
	private long[] ids(Filters filters, @Nullable SearchMatch match) {
		Query sql = this.entityManager.createNativeQuery("select f.agreement_id from agreement_facet f where "
				+ filters.all() + " order by f.dated desc nulls last, f.agreement_id desc");
		bind(sql, filters, match);
		return ((List<Number>) sql.getResultList()).stream().mapToLong(Number::longValue).toArray();
	}

	private @Nullable SearchMatch match(AgreementCriteria criteria) {
		return criteria.query().isEmpty() ? null : new SearchMatch(this.vocabulary.withSpellings(criteria.query()));
	}

	private static Filters filters(AgreementCriteria criteria, @Nullable SearchMatch match) {
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
			filters.always(match.recordIn("f.agreement_id", SearchKind.AGREEMENT));
		}
		return filters;
	}

	/**
	 * The facets of the agreements that meet the criteria, in one statement.
	 */
	private List<Facet> facets(Filters filters, @Nullable SearchMatch match, AgreementCriteria criteria,
			Locale locale) {
		Query sql = countedFacets(filters);
		bind(sql, filters, match);
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		Map<String, String> areaNames = new HashMap<>();
		Map<String, Integer> areaOrder = new HashMap<>();
		for (Object row : sql.getResultList()) {
			Object[] columns = (Object[]) row;
			String facet = (String) columns[0];
			String value = (String) columns[1];
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

	/**
	 * The facets counted from the facet rows of the agreements. The rows left by the
	 * conditions that are not facets are read once and grouped once, by each facet in
	 * turn (countries and areas by the sets of them an agreement has, a few hundred),
	 * each counted with every condition but its own; the sets are then split into their
	 * countries and areas.
	 */
	private Query countedFacets(Filters filters) {
		return this.entityManager.createNativeQuery("""
				with counted as (
				    select grouping(f.kind) as by_kind, grouping(f.status) as by_status, grouping(f.year) as by_year,
				           grouping(f.countries) as by_countries, grouping(f.areas) as by_areas,
				           f.kind, f.status, f.year, f.countries, f.areas,
				           case when grouping(f.kind) = 0 then count(*) filter (where %s)
				                when grouping(f.status) = 0 then count(*) filter (where %s)
				                when grouping(f.year) = 0 then count(*) filter (where %s)
				                when grouping(f.countries) = 0 then count(*) filter (where %s)
				                else count(*) filter (where %s) end as agreements
				    from agreement_facet f where %s
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
				""".formatted(filters.onlyExcept(FACETS, "kind"), filters.onlyExcept(FACETS, "status"),
				filters.onlyExcept(FACETS, "year"), filters.onlyExcept(FACETS, "country"),
				filters.onlyExcept(FACETS, "area"), filters.allBut(FACETS)));
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
