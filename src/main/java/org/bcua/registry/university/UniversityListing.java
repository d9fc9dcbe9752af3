package org.bcua.registry.university;

import java.util.Comparator;
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
import org.bcua.registry.shared.NameOrder;

/**
 * The universities list with its facets: country, province or region, and membership,
 * combined with a text query. A page takes two statements whatever the number of rows:
 * the universities of the page, and the counts of all facets (which give the total).
 */
@Service
@Transactional(readOnly = true)
public class UniversityListing {

	private final EntityManager entityManager;

	private final SearchVocabulary vocabulary;

	UniversityListing(EntityManager entityManager, SearchVocabulary vocabulary) {
		this.entityManager = entityManager;
		this.vocabulary = vocabulary;
	}

	/**
	 * One page of the listed (not archived) universities that meet the criteria, in the
	 * given order, and the facets of all of them.
	 * @param page zero-based page number
	 */
	public FacetedPage<University> find(UniversityCriteria criteria, UniversitySort sort, Locale locale, int page,
			int size) {
		@Nullable SearchMatch match = criteria.query().isEmpty() ? null
				: new SearchMatch(this.vocabulary.withSpellings(criteria.query()));
		Filters filters = filters(criteria);
		String with = "";
		if (match != null) {
			with = match.matched(SearchKind.UNIVERSITY);
			filters.always("u.id in (select record_id from matched)");
		}
		List<University> rows = rows(with, filters, match, sort, locale, page, size);
		List<Facet> facets = facets(with, filters, match, criteria);
		// every university has one country: the country facet counts them all
		long total = Facets.total(facets.get(0));
		return new FacetedPage<>(new PageImpl<>(rows, PageRequest.of(page, size), total), facets);
	}

	/**
	 * The ids of every listed university that meets the criteria, in the given order (as
	 * {@link #find} lists them), for an export of all of them.
	 */
	@SuppressWarnings("unchecked")
	public List<Long> ids(UniversityCriteria criteria, UniversitySort sort, Locale locale) {
		@Nullable SearchMatch match = criteria.query().isEmpty() ? null
				: new SearchMatch(this.vocabulary.withSpellings(criteria.query()));
		Filters filters = filters(criteria);
		String with = "";
		if (match != null) {
			with = match.matched(SearchKind.UNIVERSITY);
			filters.always("u.id in (select record_id from matched)");
		}
		Query sql = this.entityManager.createNativeQuery(
				with + "select u.id from university u where " + filters.all() + " order by " + order(sort, locale));
		return ((List<Number>) bind(sql, filters, match).getResultList()).stream().map(Number::longValue).toList();
	}

	private static Filters filters(UniversityCriteria criteria) {
		return new Filters().always("u.archived_at is null")
			.when("country", name(criteria.country()), "u.country = :country")
			.when("region", criteria.region(), "u.region = :region")
			.when("membership", name(criteria.membership()), "u.membership_role = :membership");
	}

	@SuppressWarnings("unchecked")
	private List<University> rows(String with, Filters filters, @Nullable SearchMatch match, UniversitySort sort,
			Locale locale, int page, int size) {
		Query sql = this.entityManager.createNativeQuery(with + "select u.* from university u where " + filters.all()
				+ " order by " + order(sort, locale) + " limit :size offset :offset", University.class);
		bind(sql, filters, match).setParameter("size", size).setParameter("offset", (long) page * size);
		return sql.getResultList();
	}

	private List<Facet> facets(String with, Filters filters, @Nullable SearchMatch match, UniversityCriteria criteria) {
		Query sql = this.entityManager.createNativeQuery(
				with + """
						select 'country', u.country, count(*) from university u where %s group by u.country
						union all
						select 'region', u.region, count(*) from university u where %s and u.region is not null group by u.region
						union all
						select 'membership', u.membership_role, count(*) from university u where %s group by u.membership_role
						"""
					.formatted(filters.except("country"), filters.except("region"), filters.except("membership")));
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		for (Object row : bind(sql, filters, match).getResultList()) {
			Object[] columns = (Object[]) row;
			counts.computeIfAbsent((String) columns[0], (facet) -> new TreeMap<>())
				.put((String) columns[1], ((Number) columns[2]).longValue());
		}
		return List.of(
				Facets.of("country", counts.get("country"), name(criteria.country()),
						Facets.inOrderOf(Country.values())),
				Facets.of("region", counts.get("region"), criteria.region(), Comparator.naturalOrder()),
				Facets.of("membership", counts.get("membership"), name(criteria.membership()),
						Facets.inOrderOf(MembershipRole.values())));
	}

	private static Query bind(Query sql, Filters filters, @Nullable SearchMatch match) {
		if (match != null) {
			match.bind(sql);
		}
		return filters.bind(sql);
	}

	/**
	 * The SQL order of a sort, by the name in the interface language as the other lists
	 * sort it.
	 */
	private static String order(UniversitySort sort, Locale locale) {
		String name = NameOrder.sql(locale, "u");
		return switch (sort) {
			case NAME -> name + ", u.id";
			case CITY -> "u.city nulls last, " + name + ", u.id";
			case FOUNDED -> "u.founded_year nulls last, " + name + ", u.id";
		};
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
