package org.bcua.registry.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What one rendering of each public page costs the application's processor once it is
 * warm: the rendered-page cache is off, so every request runs the controller, its queries
 * and the template, in the test's own thread, whose processor time is read before and
 * after ({@link ThreadMXBean#getCurrentThreadCpuTime()}). PostgreSQL's share is not in
 * these figures (it runs in other processes; {@code src/test/benchmark/pages.sh} counts
 * it), nor is Tomcat's. Since this is a thread's own processor time, the figures hold
 * reasonably well while other work shares the machine, which wall-clock timings do not:
 * this is the loop to measure changes to rendering with.
 * <p>
 * On the real data by default; {@code -Dbenchmark.data-directory=/tmp/registry-benchmark}
 * renders against the database {@link SearchBenchmarkTests} filled. Run with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=RenderCostBenchmarkTests};
 * {@code -Dbenchmark.pages=/,/people} renders only those pages,
 * {@code -Dbenchmark.warm-up} and {@code -Dbenchmark.renderings} set how many times.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "registry.database.embedded.data-directory=${benchmark.data-directory:}",
		"registry.page-cache.enabled=false", "registry.api.rate-limit.enabled=false" })
@AutoConfigureMockMvc
class RenderCostBenchmarkTests {

	private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 1500);

	private static final int RENDERINGS = Integer.getInteger("benchmark.renderings", 1000);

	private static final List<String> PAGES = (System.getProperty("benchmark.pages") != null)
			? List.of(System.getProperty("benchmark.pages").split(","))
			: List.of("/", "/universities", "/agreements", "/people", "/meetings", "/universities/dut",
					"/agreements/2025-10-13-declaration-higher-education", "/people/vadim-bogush",
					"/meetings/2025-10-13-minsk", "/search?q=dalian", "/agreements?country=CN&kind=MEMORANDUM");

	@Autowired
	private MockMvc mvc;

	@Test
	void eachPageRenderedWarm() throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-55s %10s %12s %8s", "page", "renderings", "CPU ms each", "KB"));
		for (String page : PAGES) {
			int size = 0;
			for (int i = 0; i < WARM_UP; i++) {
				size = render(page);
			}
			long before = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < RENDERINGS; i++) {
				render(page);
			}
			double each = (threads.getCurrentThreadCpuTime() - before) / 1e6 / RENDERINGS;
			lines.add(String.format(Locale.ROOT, "%-55s %10d %12.2f %8.1f", page, RENDERINGS, each, size / 1024.0));
		}
		System.out.println(String.join(System.lineSeparator(), lines));
	}

	private int render(String page) throws Exception {
		MvcResult result = this.mvc.perform(get(page).header("Accept-Language", "en")).andReturn();
		assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
		return result.getResponse().getContentAsByteArray().length;
	}

}
