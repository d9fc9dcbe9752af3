package org.bcua.registry.agreement;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.benchmark.SyntheticData;
import org.bcua.registry.search.FacetedPage;
import org.bcua.registry.search.SearchIndex;
import org.bcua.registry.search.SearchQuery;
import org.bcua.registry.university.Country;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreements list over a few thousand agreements, with filters that leave many and
 * few of them: the pages are the same as an independent ordering of the agreements says.
 * Runs on its own database (the property below gives it its own context), holding a few
 * thousand synthetic agreements on top of the real data.
 */
// generating the synthetic agreements takes statements longer than the application's
// timeouts allow a page (application.properties): none here
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "registry.test.database=agreement-listing-at-scale",
				"spring.datasource.hikari.data-source-properties.socketTimeout=0",
				"spring.datasource.hikari.data-source-properties.options=" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementListingAtScaleTests {

	private static final String ORDERED = """
			select a.id from agreement a
			where a.publication = 'PUBLISHED' and a.archived_at is null %s
			order by coalesce(a.signed_on, a.in_force_on) desc nulls last, a.id desc limit ? offset ?""";

	@Autowired
	private AgreementListing agreements;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	void generate(@Autowired DataSource dataSource, @Autowired AgreementFacets facets, @Autowired SearchIndex index)
			throws Exception {
		SyntheticData.load(dataSource, 60, 3000, 7L);
		facets.rebuild();
		index.rebuild();
	}

	@Test
	void everyPageOfTheWholeListIsInDateOrder() {
		long total = this.jdbc.queryForObject(
				"select count(*) from agreement where publication = 'PUBLISHED' and archived_at is null", Long.class);
		assertThat(total).isGreaterThan(2000);
		int size = 50;
		for (int page : new int[] { 0, 1, 17, (int) ((total - 1) / size) }) {
			FacetedPage<Agreement> found = this.agreements.find(criteria(null), Locale.ENGLISH, page, size);
			assertThat(found.page().getTotalElements()).isEqualTo(total);
			assertThat(ids(found)).as("page %d", page)
				.isEqualTo(this.jdbc.queryForList(ORDERED.formatted(""), Long.class, size, page * size));
		}
	}

	@Test
	void aCountryOfManyPartiesPagesInDateOrder() {
		String china = "and exists (select 1 from agreement_party p join university u on u.id = p.university_id "
				+ "where p.agreement_id = a.id and u.country = 'CN')";
		for (int page : new int[] { 0, 5 }) {
			FacetedPage<Agreement> found = this.agreements.find(criteria(Country.CN), Locale.ENGLISH, page, 20);
			assertThat(ids(found))
				.isEqualTo(this.jdbc.queryForList(ORDERED.formatted(china), Long.class, 20, page * 20));
		}
	}

	@Test
	void aCountryOfFewPartiesListsThemAll() {
		String russia = "and exists (select 1 from agreement_party p join university u on u.id = p.university_id "
				+ "where p.agreement_id = a.id and u.country = 'RU')";
		FacetedPage<Agreement> found = this.agreements.find(criteria(Country.RU), Locale.ENGLISH, 0, 20);
		assertThat(ids(found)).isNotEmpty()
			.isEqualTo(this.jdbc.queryForList(ORDERED.formatted(russia), Long.class, 20, 0));
	}

	private static AgreementCriteria criteria(Country country) {
		return new AgreementCriteria(SearchQuery.of(""), null, null, null, country, null, null);
	}

	private static List<Long> ids(FacetedPage<Agreement> found) {
		return found.page().getContent().stream().map(Agreement::getId).toList();
	}

}
