package org.bcua.registry.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Owns the headless Chromium of the suite: checks that Debian's {@code chromium} and
 * {@code chromium-driver} are installed, starts one browser for all end-to-end classes
 * (closed when the test run ends), and hands each test a {@link Browser} pointed at the
 * running application. Both executables are given explicitly, so Selenium Manager never
 * runs and nothing is downloaded.
 */
class BrowserExtension implements ExecutionCondition, BeforeEachCallback, ParameterResolver {

	/**
	 * Debian's Chromium; another one can be named with {@code -Dregistry.e2e.chromium}.
	 */
	static final Path CHROMIUM = Path.of(System.getProperty("registry.e2e.chromium", "/usr/bin/chromium"));

	/** Debian's ChromeDriver; {@code -Dregistry.e2e.chromedriver} names another one. */
	static final Path CHROMEDRIVER = Path.of(System.getProperty("registry.e2e.chromedriver", "/usr/bin/chromedriver"));

	/**
	 * When {@code true} (CI), a missing browser fails the suite instead of skipping it.
	 */
	static final String REQUIRED = "REGISTRY_E2E_REQUIRED";

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	/**
	 * Skips the end-to-end classes, visibly, on a machine without Chromium; under
	 * {@value #REQUIRED}{@code =true} fails them instead, so CI can never skip silently.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		List<String> missing = new ArrayList<>();
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(executable)) {
				missing.add(executable.toString());
			}
		}
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
		}
		String reason = String.join(" and ", missing) + " not found (apt-get install chromium chromium-driver)";
		if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
			throw new IllegalStateException("E2E SUITE FAILED: " + reason + ", and " + REQUIRED + "=true");
		}
		System.err.println("E2E SUITE SKIPPED: " + context.getDisplayName() + ": " + reason);
		return ConditionEvaluationResult.disabled("E2E SUITE SKIPPED: " + reason);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		// each test starts as a new visitor: no language cookie from an earlier test
		chromium(context).driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
		String port = environment.getRequiredProperty("local.server.port");
		return new Browser(chromium(context).driver, "http://localhost:" + port);
	}

	private static Chromium chromium(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Chromium.class, (key) -> Chromium.start(), Chromium.class);
	}

	/**
	 * One Chromium with a throw-away profile, quit when JUnit closes the root store.
	 */
	static final class Chromium implements AutoCloseable {

		private final ChromeDriver driver;

		private final Path profile;

		private Chromium(ChromeDriver driver, Path profile) {
			this.driver = driver;
			this.profile = profile;
		}

		static Chromium start() {
			try {
				Path profile = Files.createTempDirectory("registry-e2e-chromium");
				ChromeOptions options = new ChromeOptions();
				options.setBinary(CHROMIUM.toFile());
				options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--no-default-browser-check", "--disable-extensions", "--lang=en-US",
						"--window-size=1366,768", "--user-data-dir=" + profile,
						"--disk-cache-dir=" + profile.resolve("cache"));
				options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
				// the console's messages, for Browser.consoleErrors (a page refused by
				// the CSP)
				options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
				ChromeDriverService service = new ChromeDriverService.Builder()
					.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
					.usingAnyFreePort()
					.withSilent(true)
					.build();
				ChromeDriver driver = new ChromeDriver(service, options);
				driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
				driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
				return new Chromium(driver, profile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() throws IOException {
			try {
				this.driver.quit();
			}
			finally {
				try (Stream<Path> files = Files.walk(this.profile)) {
					files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}

	}

}
