package org.bcua.registry.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor records a three-party agreement in the browser, with a new signatory and a
 * source, publishes it, and finds it on every public page it belongs to and in its
 * history (issue 4).
 */
@EndToEndTest
class EditorJourneyTests {

	private static final String TITLE = "Memorandum on joint laboratories of optics";

	private static final String SLUG = "/agreements/2025-11-24-memorandum-on-joint-laboratories-of-optics";

	private static final String SIGNATORY = "Li Optics";

	@Test
	void editorRecordsAThreePartyAgreementThatAppearsOnEveryPublicPage(Browser browser) {
		browser.open("/login");
		browser.check("login");
		browser.find(By.id("username")).sendKeys(EndToEndTest.ADMIN_USERNAME);
		browser.find(By.id("password")).sendKeys(EndToEndTest.ADMIN_PASSWORD);
		browser.click(By.cssSelector("main button[type='submit']"));
		browser.open("/admin");
		assertThat(browser.path()).isEqualTo("/admin");
		browser.checkSignedIn("admin-dashboard", null, null);

		browser.open("/admin/agreements/new");
		browser.checkSignedIn("admin-agreement-new", null, null);
		while (browser.findAll(By.cssSelector("fieldset.party")).size() < 3) {
			browser.click(By.cssSelector("button[value='addParty']"));
		}
		if (browser.findAll(By.cssSelector("fieldset.citation")).isEmpty()) {
			browser.click(By.cssSelector("button[value='addSource']"));
		}

		// everything but the English title, which is required
		type(browser, "titleZh", "光学联合实验室备忘录");
		new Select(browser.find(By.id("kind"))).selectByValue("MEMORANDUM");
		type(browser, "signed", "2025-11-24");
		choose(browser, "parties0.universityId", "Belarusian State University (");
		choose(browser, "parties1.universityId", "Dalian University of Technology (");
		choose(browser, "parties2.universityId", "Peking University (");
		browser.find(By.cssSelector("fieldset.party details.new-signatory summary")).click();
		type(browser, "parties0.signatoryNameEn", SIGNATORY);
		type(browser, "parties0.positionEn", "Vice-Rector");
		type(browser, "sources0.url", "https://example.org/optics-2025");
		type(browser, "sources0.title", "Universities sign a memorandum on optics");
		new Select(browser.find(By.id("sources0.confidence"))).selectByIndex(0);
		browser.click(By.cssSelector("div.actions button[value='publish']"));

		WebElement error = browser.find(By.id("titleEn-error"));
		assertThat(error.getText()).isEqualTo("Required.");
		assertThat(error.findElement(By.xpath("..")).findElement(By.id("titleEn")).getAttribute("aria-invalid"))
			.isEqualTo("true");
		assertThat(browser.find(By.id("titleZh")).getAttribute("value")).isEqualTo("光学联合实验室备忘录");
		assertThat(browser.find(By.id("signed")).getAttribute("value")).isEqualTo("2025-11-24");
		assertThat(browser.find(By.id("sources0.url")).getAttribute("value"))
			.isEqualTo("https://example.org/optics-2025");
		assertThat(new Select(browser.find(By.id("parties2.universityId"))).getFirstSelectedOption().getText())
			.startsWith("Peking University (");
		browser.checkSignedIn("admin-agreement-invalid", "#agreement-form", "publish");

		type(browser, "titleEn", TITLE);
		browser.click(By.cssSelector("div.actions button[value='publish']"));
		assertThat(browser.path()).matches("/admin/agreements/\\d+");
		String admin = browser.path();

		browser.open(SLUG);
		browser.expectHeading(TITLE);
		List<String> parties = browser.findAll(By.cssSelector("table.parties-table tbody tr"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(parties).hasSize(3);
		assertThat(String.join("\n", parties)).contains(SIGNATORY, "Vice-Rector", "Peking University",
				"Dalian University of Technology", "Belarusian State University");
		browser.check("admin-published-agreement");

		for (String university : List.of("bsu", "dut", "pku")) {
			browser.open("/universities/" + university);
			assertThat(browser.findAll(By.cssSelector("main a[href='" + SLUG + "']"))).as(university).isNotEmpty();
		}
		browser.open("/agreements?size=100");
		assertThat(browser.findAll(By.cssSelector("main a[href='" + SLUG + "']"))).isNotEmpty();
		browser.open(SLUG);
		browser.click(By.linkText(SIGNATORY));
		browser.expectHeading(SIGNATORY);
		assertThat(browser.findAll(By.cssSelector("main a[href='" + SLUG + "']"))).isNotEmpty();

		browser.open(admin + "/history");
		assertThat(browser.find(By.cssSelector("main")).getText()).contains("Recorded", TITLE, SIGNATORY);
	}

	private static void type(Browser browser, String id, String text) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void choose(Browser browser, String id, String prefix) {
		Select select = new Select(browser.find(By.id(id)));
		WebElement option = select.getOptions()
			.stream()
			.filter((candidate) -> candidate.getText().startsWith(prefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option " + prefix + " in " + id));
		select.selectByValue(option.getAttribute("value"));
	}

}
