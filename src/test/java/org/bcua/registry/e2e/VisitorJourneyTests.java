package org.bcua.registry.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's walk through the public pages in a real browser, from the home page to the
 * meeting where the 2025 declaration was signed, with every page checked for
 * accessibility, valid HTML and how it looks on a desktop and on a phone.
 */
@EndToEndTest
class VisitorJourneyTests {

	private static final String DECLARATION = "/agreements/2025-10-13-declaration-higher-education";

	private static final String MEETING = "/meetings/2025-10-13-minsk";

	@Test
	void visitorWalksFromHomeToTheMeetingWhereTheDeclarationWasSigned(Browser browser) {
		browser.open("/");
		browser.expectHeading("Association of Universities of Belarus and China");
		browser.check("home");

		browser.click(By.cssSelector("nav.main-nav a[href='/universities']"));
		browser.expectHeading("Universities");
		assertThat(browser.path()).isEqualTo("/universities");
		browser.check("universities");

		browser.click(By.linkText("Dalian University of Technology"));
		browser.expectHeading("Dalian University of Technology");
		assertThat(browser.path()).isEqualTo("/universities/dut");
		browser.check("university-dut");

		browser.find(By.cssSelector("details.cite summary")).click();
		assertThat(browser.find(By.id("cite-text")).getAttribute("value")).contains("Dalian University of Technology",
				"/universities/dut");
		browser.check("university-dut-cite");

		browser.click(By.cssSelector("main a[href='" + DECLARATION + "']"));
		assertThat(browser.path()).isEqualTo(DECLARATION);
		assertThat(browser.find(By.tagName("h1")).getText()).containsIgnoringCase("declaration");
		List<String> parties = browser.findAll(By.cssSelector("table.parties-table tbody tr"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(parties).hasSize(2);
		assertThat(parties).anySatisfy((row) -> assertThat(row).contains(
				"Belarusian State University of Informatics and Radioelectronics", "Vadim Bogush", "13 October 2025"));
		assertThat(parties).anySatisfy((row) -> assertThat(row).contains("Dalian University of Technology",
				"Xiang Changle", "13 October 2025"));
		browser.check("agreement-2025-declaration");

		browser.click(By.linkText("Xiang Changle"));
		browser.expectHeading("Xiang Changle");
		assertThat(browser.path()).isEqualTo("/people/xiang-changle");
		assertThat(browser.find(By.cssSelector("main")).getText()).contains("项昌乐", "Dalian University of Technology");
		browser.check("person-xiang-changle");

		browser.click(By.cssSelector("main a[href='" + DECLARATION + "']"));
		assertThat(browser.path()).isEqualTo(DECLARATION);
		browser.click(By.cssSelector("dl.facts a[href='" + MEETING + "']"));
		assertThat(browser.path()).isEqualTo(MEETING);
		assertThat(browser.find(By.cssSelector("dl.facts")).getText()).contains("16 October 2025", "Minsk");
		assertThat(browser.find(By.cssSelector("main a[href='" + DECLARATION + "']")).isDisplayed()).isTrue();
		browser.check("meeting-2025-10-13-minsk");
	}

	@Test
	void unknownAddressShowsTheNotFoundPageInTheSiteLayout(Browser browser) {
		browser.open("/no-such-page");
		browser.expectHeading("Page not found");
		assertThat(browser.find(By.cssSelector("nav.main-nav")).isDisplayed()).isTrue();
		browser.check("not-found", 404);

		browser.open("/universities/no-such-university");
		browser.expectHeading("Page not found");
		HttpResponse<byte[]> unknownSlug = browser.fetch("/universities/no-such-university");
		assertThat(unknownSlug.statusCode()).isEqualTo(404);
		assertThat(new String(unknownSlug.body(), StandardCharsets.UTF_8)).contains("Page not found");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			agreements | /agreements     | Agreements
			people     | /people         | People
			meetings   | /meetings       | Meetings of the association
			""")
	void listPagesPass(String name, String path, String heading, Browser browser) {
		browser.open(path);
		browser.expectHeading(heading);
		browser.check(name);
	}

	@Test
	void visitorDownloadsTheFilteredAgreementsAndTheWholeRegistry(Browser browser) {
		browser.open("/agreements?country=BY&kind=MEMORANDUM");
		browser.expectHeading("Agreements");
		WebElement csv = browser.find(By.linkText("Download CSV"));
		assertThat(csv.getAttribute("aria-label")).startsWith("Download CSV").contains("agreements of this list");
		String csvPath = java.net.URI.create(csv.getAttribute("href")).getRawPath() + "?"
				+ java.net.URI.create(csv.getAttribute("href")).getRawQuery();
		assertThat(csvPath).isEqualTo("/agreements.csv?country=BY&kind=MEMORANDUM");
		HttpResponse<byte[]> file = browser.fetch(csvPath);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment; filename=\"agreements-"));
		assertThat(new String(file.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFslug,url,title_en,title_ru");
		// a record ends with CRLF, a line break within a field is a lone LF
		int found = Integer.parseInt(browser.find(By.cssSelector("p.count")).getText().replaceAll("\\D", ""));
		assertThat(new String(file.body(), StandardCharsets.UTF_8).split("\r\n", -1)).hasSize(found + 2);

		WebElement json = browser.find(By.linkText("Download JSON"));
		HttpResponse<byte[]> array = browser.fetch(java.net.URI.create(json.getAttribute("href")).getRawPath() + "?"
				+ java.net.URI.create(json.getAttribute("href")).getRawQuery());
		assertThat(new String(array.body(), StandardCharsets.UTF_8)).startsWith("[{\"slug\":");
		browser.check("agreements-by-memoranda");

		assertThat(browser.find(By.cssSelector("footer a[href='/data/registry.zip']")).getText())
			.startsWith("Download the whole registry");
		HttpResponse<byte[]> dump = browser.fetch("/data/registry.zip");
		assertThat(dump.statusCode()).isEqualTo(200);
		assertThat(new String(dump.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
	}

	@Test
	void homePageInRussianPasses(Browser browser) {
		browser.open("/?lang=ru");
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
		browser.check("home-ru");
	}

}
