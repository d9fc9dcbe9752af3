package org.bcua.registry.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor switches the interface language with the header's switcher and searches with
 * the header's search box, in Chinese and then in Russian.
 */
@EndToEndTest
class LanguageAndSearchTests {

	@Test
	void visitorSwitchesToChineseAndSearchesThenToRussian(Browser browser) {
		browser.open("/");
		browser.click(By.cssSelector("nav.languages a[hreflang='zh']"));
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		assertThat(browser.find(By.cssSelector("nav.main-nav a[href='/universities']")).getText()).isEqualTo("高校");

		search(browser, "大连");
		assertThat(browser.path()).startsWith("/search?q=");
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		WebElement dut = browser.find(By.cssSelector("ol.results a.result-title[href='/universities/dut']"));
		WebElement result = dut.findElement(By.xpath("./ancestor::li[1]"));
		// Dalian University of Technology, named in the interface's language
		assertThat(dut.getText()).isEqualTo("大连理工大学");
		assertThat(result.findElements(By.tagName("mark")))
			.anySatisfy((mark) -> assertThat(mark.getText()).isEqualTo("大连"));
		browser.check("search-zh-dalian");

		browser.click(By.cssSelector("nav.languages a[hreflang='ru']"));
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
		search(browser, "Богуш");
		WebElement bogush = browser.find(By.cssSelector("ol.results a.result-title[href='/people/vadim-bogush']"));
		assertThat(bogush.findElement(By.xpath("./ancestor::li[1]")).getText()).contains("Вадим Богуш");
		assertThat(bogush.findElements(By.tagName("mark"))).isNotEmpty();
	}

	/**
	 * Records read in a language their data does not hold everywhere: names, titles,
	 * places and notes in another language carry their lang and tag, and the pages stay
	 * valid and accessible at both widths.
	 */
	@Test
	void recordsWithTextInAnotherLanguageStayValidAndAccessible(Browser browser) {
		browser.open("/universities/gsu-skorina?lang=zh");
		assertThat(browser.find(By.cssSelector("dl.facts span[lang='en'] + .lang-tag [aria-hidden='true']")).getText())
			.isEqualTo("EN");
		browser.check("reader-language-university-zh");
		browser.open("/people/vadim-bogush?lang=be");
		browser.check("reader-language-person-be");
		browser.open("/agreements/2022-04-08-zjsru-polotsk-cooperation-agreement?lang=zh");
		browser.check("reader-language-agreement-zh");
		browser.open("/universities?country=CN&lang=ru");
		browser.check("reader-language-universities-ru");
	}

	private static void search(Browser browser, String words) {
		WebElement box = browser.find(By.id("site-search-q"));
		box.clear();
		box.sendKeys(words);
		browser.click(By.cssSelector("form.site-search button[type='submit']"));
	}

}
