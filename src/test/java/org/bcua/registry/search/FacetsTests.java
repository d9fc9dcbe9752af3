package org.bcua.registry.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.bcua.registry.agreement.Agreement;
import org.bcua.registry.agreement.AgreementCriteria;
import org.bcua.registry.agreement.AgreementKind;
import org.bcua.registry.agreement.AgreementListing;
import org.bcua.registry.site.SearchResults;
import org.bcua.registry.site.SearchService;
import org.bcua.registry.university.Country;
import org.bcua.registry.university.MembershipRole;
import org.bcua.registry.university.University;
import org.bcua.registry.university.UniversityCriteria;
import org.bcua.registry.university.UniversityListing;
import org.bcua.registry.university.UniversitySort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counts of the lists, checked against the data with plain SQL written
 * independently of the listings: each facet counts with every other filter and the text
 * query, but not its own choice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FacetsTests {

	private static final String PUBLIC = "a.publication = 'PUBLISHED' and a.archived_at is null";

	@Autowired
	private UniversityListing universities;

	@Autowired
	private AgreementListing agreements;

	@Autowired
	private SearchService search;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void universityFacetsCountTheWholeList() {
		FacetedPage<University> all = universities(null, null, null, "");
		assertThat(all.page().getTotalElements())
			.isEqualTo(count("select count(*) from university where archived_at is null"));
		assertThat(counts(all.facet("country")))
			.isEqualTo(grouped("select country, count(*) from university where archived_at is null group by country"));
		assertThat(counts(all.facet("region"))).isEqualTo(grouped(
				"select region, count(*) from university where archived_at is null and region is not null group by region"));
		assertThat(counts(all.facet("membership"))).isEqualTo(grouped(
				"select membership_role, count(*) from university where archived_at is null group by membership_role"));
		assertThat(counts(all.facet("region"))).containsEntry("Jiangsu", 5L).containsEntry("Liaoning", 1L);
	}

	@Test
	void aChosenUniversityFacetNarrowsTheOthersButNotItself() {
		FacetedPage<University> chinese = universities(Country.CN, null, null, "");
		assertThat(chinese.page().getTotalElements())
			.isEqualTo(count("select count(*) from university where archived_at is null and country = 'CN'"));
		assertThat(counts(chinese.facet("country")))
			.isEqualTo(grouped("select country, count(*) from university where archived_at is null group by country"));
		assertThat(counts(chinese.facet("membership"))).isEqualTo(grouped("select membership_role, count(*) from "
				+ "university where archived_at is null and country = 'CN' group by membership_role"));
		assertThat(chinese.facet("country").values()).filteredOn(Facet.Value::selected)
			.extracting(Facet.Value::value)
			.containsExactly("CN");
		FacetedPage<University> jiangsuParticipants = universities(Country.CN, "Jiangsu", MembershipRole.PARTICIPANT,
				"");
		assertThat(jiangsuParticipants.page().getTotalElements()).isEqualTo(count("select count(*) from university "
				+ "where archived_at is null and country = 'CN' and region = 'Jiangsu' and membership_role = 'PARTICIPANT'"));
		assertThat(counts(jiangsuParticipants.facet("region"))).isEqualTo(grouped("select region, count(*) from "
				+ "university where archived_at is null and country = 'CN' and membership_role = 'PARTICIPANT' "
				+ "and region is not null group by region"));
	}

	@Test
	void universityFacetsCombineWithTheTextQuery() {
		FacetedPage<University> technology = universities(null, null, null, "technology");
		List<String> found = slugs("technology", SearchKind.UNIVERSITY);
		assertThat(technology.page().getContent()).extracting(University::getSlug)
			.containsExactlyInAnyOrderElementsOf(found);
		Map<String, Long> byCountry = new LinkedHashMap<>();
		technology.page().getContent().forEach((u) -> byCountry.merge(u.getCountry().name(), 1L, Long::sum));
		assertThat(counts(technology.facet("country"))).isEqualTo(byCountry);
		assertThat(universities(null, null, null, "大连").page().getContent()).extracting(University::getSlug)
			.containsExactly("dut");
	}

	@Test
	void agreementFacetsCountPublishedAgreements() {
		FacetedPage<Agreement> all = agreements(null, null, null, "");
		assertThat(all.page().getTotalElements()).isEqualTo(count("select count(*) from agreement a where " + PUBLIC));
		assertThat(counts(all.facet("kind")))
			.isEqualTo(grouped("select kind, count(*) from agreement a where " + PUBLIC + " group by kind"));
		assertThat(counts(all.facet("status")))
			.isEqualTo(grouped("select status, count(*) from agreement a where " + PUBLIC + " group by status"));
		assertThat(counts(all.facet("year"))).isEqualTo(grouped(
				"select extract(year from coalesce(signed_on, in_force_on))::int::text, count(*) from agreement a where "
						+ PUBLIC + " and coalesce(signed_on, in_force_on) is not null group by 1"));
		assertThat(counts(all.facet("country"))).isEqualTo(grouped("select u.country, count(distinct a.id) from "
				+ "agreement a join agreement_party p on p.agreement_id = a.id join university u on u.id = p.university_id "
				+ "where " + PUBLIC + " group by u.country"));
		assertThat(counts(all.facet("area"))).isEqualTo(grouped("select ar.slug, count(*) from agreement a "
				+ "join agreement_area aa on aa.agreement_id = a.id join area ar on ar.id = aa.area_id where " + PUBLIC
				+ " group by ar.slug"));
		assertThat(all.facet("area").values()).extracting(Facet.Value::label).doesNotContainNull();
	}

	@Test
	void aChosenAgreementFacetNarrowsTheOthers() {
		FacetedPage<Agreement> russian = agreements(null, Country.RU, null, "");
		assertThat(russian.page().getContent()).extracting(Agreement::getSlug)
			.containsExactly("2010-09-26-china-russia-belarus-university-alliance");
		assertThat(counts(russian.facet("kind"))).containsExactly(Map.entry("FRAMEWORK_AGREEMENT", 1L));
		FacetedPage<Agreement> cooperation2019 = agreements(AgreementKind.COOPERATION_AGREEMENT, null, 2019, "");
		assertThat(cooperation2019.page().getTotalElements()).isEqualTo(count("select count(*) from agreement a where "
				+ PUBLIC
				+ " and kind = 'COOPERATION_AGREEMENT' and extract(year from coalesce(signed_on, in_force_on)) = 2019"));
		assertThat(counts(cooperation2019.facet("year"))).isEqualTo(grouped(
				"select extract(year from coalesce(signed_on, in_force_on))::int::text, count(*) from agreement a where "
						+ PUBLIC
						+ " and kind = 'COOPERATION_AGREEMENT' and coalesce(signed_on, in_force_on) is not null "
						+ "group by 1"));
	}

	@Test
	void aChosenAreaNarrowsTheOtherAgreementFacets() {
		FacetedPage<Agreement> innovation = this.agreements.find(
				new AgreementCriteria(SearchQuery.of(""), null, null, null, null, "innovation", null), Locale.ENGLISH,
				0, 100);
		String inArea = PUBLIC + " and exists (select 1 from agreement_area aa join area ar on ar.id = aa.area_id "
				+ "where aa.agreement_id = a.id and ar.slug = 'innovation')";
		assertThat(innovation.page().getTotalElements())
			.isEqualTo(count("select count(*) from agreement a where " + inArea));
		assertThat(counts(innovation.facet("kind")))
			.isEqualTo(grouped("select kind, count(*) from agreement a where " + inArea + " group by kind"));
		assertThat(counts(innovation.facet("area"))).isEqualTo(grouped("select ar.slug, count(*) from agreement a "
				+ "join agreement_area aa on aa.agreement_id = a.id join area ar on ar.id = aa.area_id where " + PUBLIC
				+ " group by ar.slug"));
	}

	@Test
	void agreementsAreListedNewestFirstWithTheUndatedLast() {
		List<Agreement> all = agreements(null, null, null, "").page().getContent();
		assertThat(all).hasSize((int) count("select count(*) from agreement a where " + PUBLIC));
		assertThat(all.get(0).getDate().year()).isGreaterThanOrEqualTo(2025);
		assertThat(all).last().satisfies((agreement) -> assertThat(agreement.getDate()).isNull());
		for (int i = 1; i < all.size() && all.get(i).getDate() != null; i++) {
			assertThat(all.get(i).getDate().value()).isBeforeOrEqualTo(all.get(i - 1).getDate().value());
		}
	}

	@Test
	void agreementFacetsCombineWithTheTextQuery() {
		FacetedPage<Agreement> dalian = agreements(null, null, null, "Dalian");
		assertThat(dalian.page().getContent()).extracting(Agreement::getSlug)
			.containsExactlyInAnyOrderElementsOf(slugs("Dalian", SearchKind.AGREEMENT));
		long byKind = counts(dalian.facet("kind")).values().stream().mapToLong(Long::longValue).sum();
		assertThat(byKind).isEqualTo(dalian.page().getTotalElements());
		// across scripts, titles match; summaries (full text) only in the script typed
		assertThat(agreements(null, null, null, "Далянь").page().getContent()).extracting(Agreement::getSlug)
			.isNotEmpty()
			.isSubsetOf(dalian.page().getContent().stream().map(Agreement::getSlug).toList());
	}

	@Test
	void draftsAreNeitherListedNorCounted() {
		this.jdbc.update("""
				insert into agreement (slug, kind, title_en, status, publication, signed_on, signed_precision,
				                       created_by, updated_by)
				values ('test-draft-facets', 'DECLARATION', 'A draft declaration', 'SIGNED', 'DRAFT',
				        date '1999-01-01', 'YEAR', 'test', 'test')""");
		FacetedPage<Agreement> all = agreements(null, null, null, "");
		assertThat(counts(all.facet("year"))).doesNotContainKey("1999");
		assertThat(all.page().getContent()).extracting(Agreement::getSlug).doesNotContain("test-draft-facets");
		this.jdbc.update("delete from agreement where slug = 'test-draft-facets'");
	}

	private FacetedPage<University> universities(Country country, String region, MembershipRole membership,
			String query) {
		return this.universities.find(new UniversityCriteria(SearchQuery.of(query), country, region, membership),
				UniversitySort.NAME, Locale.ENGLISH, 0, 100);
	}

	private FacetedPage<Agreement> agreements(AgreementKind kind, Country country, Integer year, String query) {
		return this.agreements.find(new AgreementCriteria(SearchQuery.of(query), kind, year, null, country, null, null),
				Locale.ENGLISH, 0, 100);
	}

	private List<String> slugs(String query, SearchKind kind) {
		return this.search.search(SearchQuery.of(query), Locale.ENGLISH, 100, kind)
			.groups()
			.stream()
			.flatMap((group) -> group.results().stream())
			.map(SearchResults.Result::slug)
			.toList();
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private Map<String, Long> grouped(String sql) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query(sql, (row) -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

	private static Map<String, Long> counts(Facet facet) {
		Map<String, Long> counts = new LinkedHashMap<>();
		facet.values().forEach((value) -> counts.put(value.value(), value.count()));
		return counts;
	}

}
