package org.bcua.registry.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor types into the pickers of the agreement form what they know a university, a
 * signatory or a meeting by (an abbreviation, an alias, a name in another script) and the
 * list keeps that record (issue 10).
 */
@EndToEndTest
class PickerJourneyTests {

	private static final String BSUIR = "Belarusian State University of Informatics and Radioelectronics (";

	private static final String DUT = "Dalian University of Technology (";

	@Test
	void pickersFindRecordsByAbbreviationsAliasesAndOtherScripts(Browser browser) {
		signIn(browser);
		browser.open("/admin/agreements/new");
		int all = options(browser, "parties0.universityId").size();
		for (String typed : List.of("BSUIR", "БГУИР")) {
			List<String> kept = filter(browser, "parties0.universityId", typed);
			assertThat(kept).as(typed).anyMatch((text) -> text.startsWith(BSUIR)).hasSizeLessThan(all);
			assertThat(selected(browser, "parties0.universityId"))
				.as("the first match of all that was typed, never of its first letter")
				.startsWith(BSUIR);
		}
		for (String typed : List.of("DUT", "大连理工")) {
			List<String> kept = filter(browser, "parties0.universityId", typed);
			assertThat(kept).as(typed).anyMatch((text) -> text.startsWith(DUT)).hasSizeLessThan(all);
		}
		assertThat(selected(browser, "parties0.universityId")).startsWith(DUT);
		assertThat(filter(browser, "parties0.signatoryId", "Богуш")).contains("Vadim Bogush").hasSize(2);
		assertThat(filter(browser, "parties1.signatoryId", "项昌乐")).contains("Xiang Changle").hasSize(2);
		assertThat(filter(browser, "meetingId", "заседание")).hasSize(2)
			.anyMatch((text) -> text.startsWith("3rd meeting"));
		browser.checkSignedIn("admin-agreement-picker", null, null);

		browser.open("/admin/meetings/new");
		assertThat(filter(browser, "hostIds", "DUT")).containsExactly("Dalian University of Technology");
		browser.checkSignedIn("admin-meeting-picker", null, null);
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

	/**
	 * Types into the search box of a picker: the texts of the options it keeps (the empty
	 * choice included).
	 */
	private static List<String> filter(Browser browser, String id, String typed) {
		WebElement box = browser.find(By.cssSelector("input.picker-filter[aria-controls='" + id + "']"));
		box.clear();
		box.sendKeys(typed);
		return options(browser, id);
	}

	private static String selected(Browser browser, String id) {
		return browser.find(By.cssSelector("[id='" + id + "'] option:checked")).getAttribute("textContent").strip();
	}

	private static List<String> options(Browser browser, String id) {
		return browser.findAll(By.cssSelector("[id='" + id + "'] option"))
			.stream()
			.map((option) -> option.getAttribute("textContent").strip())
			.toList();
	}

}
