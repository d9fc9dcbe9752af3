package org.bcua.registry.e2e;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core in the browser on the page it shows, with the rules of WCAG 2.0, 2.1 and
 * 2.2 at levels A and AA.
 */
final class Accessibility {

	static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/**
	 * The violations on the current page, one entry per rule with the offending nodes;
	 * empty when the page passes.
	 */
	static List<String> violations(WebDriver driver) {
		AxeRunOptions options = new AxeRunOptions();
		// only violations are reported in full; passes would be serialised node by node
		options.setResultTypes(List.of("violations"));
		// legacy mode runs axe.run in the page itself: the registry has no frames, and it
		// spares the blank tab that the default mode opens for each run
		Results results = new AxeBuilder().withOptions(options)
			.withTags(WCAG_A_AND_AA)
			.setLegacyMode(true)
			.analyze(driver);
		List<String> problems = new ArrayList<>();
		if (results.isErrored()) {
			problems.add("axe could not run: " + results.getErrorMessage());
		}
		for (Rule rule : results.getViolations()) {
			problems.add(describe(rule));
		}
		return problems;
	}

	private static String describe(Rule rule) {
		StringBuilder description = new StringBuilder();
		description.append("axe ")
			.append(rule.getId())
			.append(" (")
			.append(rule.getImpact())
			.append("): ")
			.append(rule.getHelp())
			.append(" <")
			.append(rule.getHelpUrl())
			.append('>');
		for (CheckedNode node : rule.getNodes()) {
			description.append("\n      at ").append(node.getTarget()).append(": ").append(node.getHtml());
			if (node.getFailureSummary() != null) {
				description.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
			}
		}
		return description.toString();
	}

}
