package org.bcua.registry.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An end-to-end test: the whole application on a random port, on a fresh embedded
 * PostgreSQL with the real data, visited in a headless Chromium. Every class with this
 * annotation shares one application start (the same configuration, so Spring's test
 * context cache reuses it) and one browser. Without Chromium the tests are skipped, or
 * fail when {@code REGISTRY_E2E_REQUIRED=true} (as in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "registry.database.embedded.data-directory=",
				"registry.admin.username=" + EndToEndTest.ADMIN_USERNAME,
				"registry.admin.password=" + EndToEndTest.ADMIN_PASSWORD })
@interface EndToEndTest {

	/** The first administrator the application creates at start, for tests only. */
	String ADMIN_USERNAME = "e2e-admin";

	/** Its password, for tests only. */
	String ADMIN_PASSWORD = "correct-horse-battery-staple-for-the-browser-suite";

}
