package org.bcua.registry.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry on a phone (390 px wide): the lists show their first result on the first
 * screen, with the facets folded into a "Filters (n)" disclosure that needs no script;
 * every admin page fits the width without sideways scrolling (issue 14).
 */
@EndToEndTest
class PhoneLayoutTests {

	private static final String FILTERED = "/agreements?country=BY&kind=MEMORANDUM";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/agreements              | table.list tbody tr
			/universities            | table.list tbody tr
			/people                  | table.list tbody tr
			/meetings                | table.list tbody tr
			/search?q=Minsk          | ol.results > li
			/agreements?country=BY   | table.list tbody tr
			/universities?lang=be    | table.list tbody tr
			""")
	void firstResultIsOnThePhonesFirstScreen(String path, String result, Browser browser) {
		browser.open(path);
		browser.phone();
		try {
			long[] measured = browser.topOf("main " + result);
			assertThat(measured[0]).as("top of the first result of %s (the window is %d px high)", path, measured[1])
				.isBetween(0L, measured[1] - 1);
			assertThat(browser.sideways()).isEmpty();
		}
		finally {
			browser.desktop();
		}
	}

	@Test
	void facetsFoldIntoFiltersThatOpenWithoutScript(Browser browser) {
		browser.open(FILTERED);
		WebElement filters = browser.find(By.cssSelector("aside.facets details.facets-fold"));
		// sent closed: no script opens or closes it
		assertThat(filters.getAttribute("open")).isNull();
		WebElement summary = filters.findElement(By.tagName("summary"));
		assertThat(summary.getAttribute("textContent").strip()).isEqualTo("Filters (2)");
		List<WebElement> values = filters.findElements(By.cssSelector("section.facet a"));
		assertThat(values).extracting((link) -> link.getAttribute("href"))
			.anySatisfy((href) -> assertThat(href).contains("status="))
			.anySatisfy((href) -> assertThat(href).contains("year="));
		// the active filters come before the facets, each a link to the list without it
		List<String> active = browser.findAll(By.cssSelector("ul.active-filters a"))
			.stream()
			.map((link) -> link.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
			.toList();
		assertThat(active).containsExactlyInAnyOrder("/agreements?kind=MEMORANDUM", "/agreements?country=BY");
		assertThat(browser.topOf("ul.active-filters")[0]).isLessThan(browser.topOf("table.list tbody tr")[0]);

		// on a wide screen the facets are a sidebar, shown although the disclosure is
		// closed
		assertThat(browser.rendered(values.get(0))).isTrue();
		assertThat(browser.rendered(summary)).isFalse();
		browser.phone();
		try {
			assertThat(browser.rendered(values.get(0))).isFalse();
			assertThat(browser.rendered(summary)).isTrue();
			summary.click();
			assertThat(filters.getAttribute("open")).isNotNull();
			assertThat(browser.rendered(values.get(0))).isTrue();
			assertThat(browser.sideways()).isEmpty();
		}
		finally {
			browser.desktop();
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ru | Фильтры (2)
			be | Фільтры (2)
			zh | 筛选条件（2）
			""")
	void filteredListPassesInEveryLanguage(String language, String summary, Browser browser) {
		browser.open(FILTERED + "&lang=" + language);
		assertThat(browser.find(By.cssSelector("html")).getAttribute("lang")).isEqualTo(language);
		assertThat(browser.findAll(By.cssSelector("details.facets-fold summary"))).singleElement()
			.satisfies((element) -> assertThat(element.getAttribute("textContent").strip()).isEqualTo(summary));
		browser.check("agreements-filtered-" + language);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en", "ru", "be", "zh" })
	void theSearchBoxShowsItsWholePlaceholder(String language, Browser browser) {
		browser.open("/?lang=" + language);
		try {
			for (boolean phone : List.of(false, true)) {
				if (phone) {
					browser.phone();
				}
				long[] measured = browser.searchPlaceholder();
				assertThat(measured[0])
					.as("placeholder in %s on a %s, box %d px", language, phone ? "phone" : "desktop", measured[1])
					.isLessThanOrEqualTo(measured[1]);
			}
		}
		finally {
			browser.desktop();
		}
	}

	@Test
	void everyAdminPageFitsAPhone(Browser browser) {
		signIn(browser);
		List<String> pages = new ArrayList<>(List.of("/admin", "/admin/password", "/admin/users", "/admin/users/new"));
		for (String kind : List.of("agreements", "universities", "people", "meetings", "sources")) {
			String list = "/admin/" + kind;
			browser.open(list);
			String record = browser.findAll(By.cssSelector("main table a[href^='" + list + "/']"))
				.stream()
				.map((link) -> link.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
				.filter((href) -> href.matches(list + "/\\d+"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no record listed on " + list));
			pages.addAll(List.of(list, record, record + "/history"));
			if (!kind.equals("sources")) {
				pages.add(list + "/new");
			}
		}
		browser.open("/admin/users");
		pages.add(browser.find(By.cssSelector("main table a[href^='/admin/users/']"))
			.getAttribute("href")
			.replaceFirst("^https?://[^/]+", ""));
		List<String> problems = new ArrayList<>();
		browser.phone();
		try {
			// Belarusian has the longest words of the four, English is the default
			for (String language : List.of("en", "be")) {
				for (String page : pages) {
					browser.open(page + "?lang=" + language);
					browser.sideways().ifPresent((problem) -> problems.add(page + " (" + language + "): " + problem));
				}
			}
		}
		finally {
			browser.open("/admin?lang=en");
			browser.desktop();
		}
		assertThat(pages).hasSizeGreaterThanOrEqualTo(22);
		assertThat(problems).isEmpty();
	}

	private static void signIn(Browser browser) {
		browser.open("/admin");
		if (browser.path().startsWith("/login")) {
			browser.find(By.id("username")).sendKeys(EndToEndTest.ADMIN_USERNAME);
			browser.find(By.id("password")).sendKeys(EndToEndTest.ADMIN_PASSWORD);
			browser.click(By.cssSelector("main button[type='submit']"));
		}
		browser.open("/admin");
		assertThat(browser.path()).isEqualTo("/admin");
	}

}
