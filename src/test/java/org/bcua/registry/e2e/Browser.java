package org.bcua.registry.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's browser on the running application. Besides opening pages and following
 * links like a visitor (waiting for conditions, never for a fixed time), it checks each
 * page a test asks for: screenshots at desktop and phone widths under
 * {@code target/screenshots}, axe-core at both widths, no sideways scrolling on a phone,
 * and the Nu Html Checker on the HTML as served.
 */
final class Browser {

	static final Viewport DESKTOP = new Viewport("desktop", 1366, 768, false);

	static final Viewport PHONE = new Viewport("phone", 390, 844, true);

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final ChromeDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, TIMEOUT);
		resize(DESKTOP);
	}

	/**
	 * Opens a path of the application, for example {@code /universities}.
	 */
	void open(String path) {
		this.driver.get(this.baseUrl + path);
		waitForPage();
	}

	/**
	 * Clicks a link or button and waits until the next page has loaded.
	 */
	void click(By locator) {
		WebElement target = this.wait.until(ExpectedConditions.elementToBeClickable(locator));
		WebElement page = this.driver.findElement(By.tagName("html"));
		target.click();
		this.wait.until(ExpectedConditions.stalenessOf(page));
		waitForPage();
	}

	/**
	 * Waits until the page's heading reads {@code text}.
	 */
	void expectHeading(String text) {
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	/**
	 * The errors the browser's console reported since this was last asked (a script,
	 * style or image the Content-Security-Policy refused among them).
	 */
	List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.toList();
	}

	/**
	 * Waits until at least {@code count} elements match.
	 */
	List<WebElement> waitForAll(By locator, int count) {
		return this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(locator, count - 1));
	}

	WebElement find(By locator) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	List<WebElement> findAll(By locator) {
		return this.driver.findElements(locator);
	}

	/**
	 * The path and query of the current page.
	 */
	String path() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/**
	 * Fetches a path of the application over HTTP, outside the browser, as
	 * {@code text/html} in English.
	 */
	HttpResponse<byte[]> fetch(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.timeout(TIMEOUT)
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Checks the current page, which the server answers with 200.
	 * @param name names the screenshots, {@code target/screenshots/<name>-desktop.png}
	 * and {@code -phone.png}
	 */
	void check(String name) {
		check(name, 200);
	}

	/**
	 * Checks the current page: screenshots and axe-core at desktop and phone widths, no
	 * horizontal scrolling on a phone, and valid HTML as served with {@code status}.
	 */
	void check(String name, int status) {
		String path = path();
		List<String> problems = new ArrayList<>();
		for (Viewport viewport : List.of(PHONE, DESKTOP)) {
			resize(viewport);
			screenshot(name, viewport);
			Accessibility.violations(this.driver).forEach((problem) -> problems.add(viewport.name + ": " + problem));
			if (viewport.mobile) {
				sideways().ifPresent(problems::add);
			}
		}
		HttpResponse<byte[]> response = fetch(path);
		if (response.statusCode() != status) {
			problems.add("HTTP status " + response.statusCode() + ", expected " + status);
		}
		problems.addAll(HtmlValidator.errors(response.body(), name));
		assertThat(problems)
			.withFailMessage(() -> "Page " + name + " (" + path + ") has " + problems.size() + " problem(s):\n  - "
					+ String.join("\n  - ", problems) + "\n  screenshots: " + SCREENSHOTS.resolve(name + "-*.png"))
			.isEmpty();
	}

	/**
	 * Checks the current page of a signed-in session, which a fetch without the session's
	 * cookie cannot reproduce: screenshots and axe-core at both widths, and the Nu Html
	 * Checker on the page as served, fetched again inside the browser (with its session),
	 * or, when {@code form} is given, as served in answer to posting that form again with
	 * {@code action} (for a page answering a POST).
	 */
	void checkSignedIn(String name, String form, String action) {
		String path = path();
		List<String> problems = new ArrayList<>();
		for (Viewport viewport : List.of(PHONE, DESKTOP)) {
			resize(viewport);
			screenshot(name, viewport);
			Accessibility.violations(this.driver).forEach((problem) -> problems.add(viewport.name + ": " + problem));
			if (viewport.mobile) {
				sideways().ifPresent(problems::add);
			}
		}
		String script = (form != null) ? """
				const done = arguments[arguments.length - 1];
				const form = document.querySelector(arguments[0]);
				const data = new FormData(form);
				data.append('action', arguments[1]);
				fetch(form.action, { method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin' })
					.then((r) => r.text()).then(done);
				""" : """
				const done = arguments[arguments.length - 1];
				fetch(location.href, { credentials: 'same-origin' }).then((r) => r.text()).then(done);
				""";
		String html = (String) this.driver.executeAsyncScript(script, form, action);
		problems.addAll(HtmlValidator.errors(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), name));
		assertThat(problems)
			.withFailMessage(() -> "Page " + name + " (" + path + ") has " + problems.size() + " problem(s):\n  - "
					+ String.join("\n  - ", problems) + "\n  screenshots: " + SCREENSHOTS.resolve(name + "-*.png"))
			.isEmpty();
	}

	/**
	 * Shows the current page at a phone's width (390 px) from now on, until
	 * {@link #desktop()} or the next check.
	 */
	void phone() {
		resize(PHONE);
	}

	/**
	 * Shows the current page at a desktop's width (1366 px) again.
	 */
	void desktop() {
		resize(DESKTOP);
	}

	/**
	 * Why the current page scrolls sideways at the current width: by how many pixels and
	 * which elements stick out on the right; empty when the document is no wider than the
	 * window's layout (its {@code scrollWidth} at most its {@code clientWidth}).
	 */
	java.util.Optional<String> sideways() {
		@SuppressWarnings("unchecked")
		List<Object> measured = (List<Object>) this.driver.executeScript(
				"""
						const root = document.documentElement;
						const wide = [...document.querySelectorAll('body *')]
							.filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1)
							.slice(-3)
							.map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
						return [root.scrollWidth - root.clientWidth, root.clientWidth, wide.join(', ')];
						""");
		long overflow = ((Number) measured.get(0)).longValue();
		return (overflow > 0) ? java.util.Optional.of("at " + measured.get(1) + " px the page scrolls sideways by "
				+ overflow + " px (wider: " + measured.get(2) + ")") : java.util.Optional.empty();
	}

	/**
	 * Where the first element matching {@code selector} starts, in pixels from the top of
	 * the window (its {@code getBoundingClientRect().top}, the page scrolled to its top),
	 * and the window's height: {@code [top, innerHeight]}.
	 */
	long[] topOf(String selector) {
		@SuppressWarnings("unchecked")
		List<Number> measured = (List<Number>) this.driver.executeScript("""
				window.scrollTo(0, 0);
				const first = document.querySelector(arguments[0]);
				return [first ? first.getBoundingClientRect().top : -1, window.innerHeight];
				""", selector);
		return new long[] { Math.round(measured.get(0).doubleValue()), measured.get(1).longValue() };
	}

	/**
	 * How wide the header's search box's placeholder is when written as its text, and how
	 * wide the box shows text, in pixels at the current width: {@code [text, box]} (the
	 * box's {@code scrollWidth} and {@code clientWidth} while it holds the placeholder,
	 * then emptied again).
	 */
	long[] searchPlaceholder() {
		@SuppressWarnings("unchecked")
		List<Number> measured = (List<Number>) this.driver.executeScript("""
				const input = document.getElementById('site-search-q');
				input.value = input.placeholder;
				const widths = [input.scrollWidth, input.clientWidth];
				input.value = '';
				return widths;
				""");
		return new long[] { measured.get(0).longValue(), measured.get(1).longValue() };
	}

	/**
	 * Whether the browser renders {@code element}, as {@code checkVisibility()} answers:
	 * not inside something hidden, a closed {@code <details>} among them (which
	 * Selenium's {@code isDisplayed} judges by its {@code open} attribute alone, whatever
	 * the stylesheet shows).
	 */
	boolean rendered(WebElement element) {
		return Boolean.TRUE.equals(this.driver.executeScript(
				"return arguments[0].checkVisibility({ visibilityProperty: true, opacityProperty: true })", element));
	}

	private void waitForPage() {
		this.wait.until((driver) -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	private void resize(Viewport viewport) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width, "height",
				viewport.height, "deviceScaleFactor", 1, "mobile", viewport.mobile));
		this.wait.until((driver) -> ((Number) this.driver.executeScript("return window.innerWidth"))
			.intValue() == viewport.width);
	}

	/**
	 * Saves the whole page, not only the viewport, at the current width.
	 */
	@SuppressWarnings("unchecked")
	private void screenshot(String name, Viewport viewport) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		double width = Math.max(viewport.width, ((Number) content.get("width")).doubleValue());
		double height = Math.max(viewport.height, ((Number) content.get("height")).doubleValue());
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.ceil(width), "height", Math.ceil(height),
				"scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + "-" + viewport.name + ".png"),
					Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A window size the pages are checked at.
	 */
	record Viewport(String name, int width, int height, boolean mobile) {

	}

}
