package org.bcua.registry.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI, opened at {@code /api}, shows every operation of the API under the site's
 * Content-Security-Policy (relaxed for Swagger UI's own paths only where it must be), and
 * the browser reports no error: nothing refused, nothing loaded from elsewhere.
 */
@EndToEndTest
class SwaggerUiTests {

	@Test
	void swaggerUiShowsEveryOperation(Browser browser) {
		browser.consoleErrors();
		browser.open("/api");
		assertThat(browser.path()).isEqualTo("/api/swagger-ui/index.html");
		assertThat(browser.waitForAll(By.cssSelector(".opblock-summary"), 15)).hasSize(15);
		assertThat(browser.find(By.cssSelector(".info .title")).getText()).contains("BCUA Registry API");
		browser.find(By.cssSelector("#operations-Agreements-getAgreement .opblock-summary-control")).click();
		assertThat(browser.find(By.cssSelector("#operations-Agreements-getAgreement .parameters")).getText())
			.contains("slug");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
