package nl.clubhuis.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core on pages for WCAG 2.1 A and AA, remembers what it found per page, and
 * fails listing every violation (rule, impact, elements) at the end of a journey, so one
 * run shows all pages that need work.
 */
class AccessibilityCheck {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final Map<String, CheckedPage> pages = new LinkedHashMap<>();

	boolean hasChecked(String pageName) {
		return this.pages.containsKey(pageName);
	}

	/** Checks the page as it is now; {@code pageName} names it in the report. */
	void check(Page page, String pageName) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		assertThat(results.getErrorMessage()).as("axe-core could not check %s", pageName).isNull();
		this.pages.put(pageName, new CheckedPage(page.url(), results.getViolations()));
	}

	void assertNoViolations() {
		String report = this.pages.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().violations().isEmpty())
			.map((entry) -> entry.getKey() + " (" + entry.getValue().url() + "):\n"
					+ describe(entry.getValue().violations()))
			.collect(Collectors.joining("\n"));
		assertThat(report).withFailMessage("WCAG 2.1 A/AA violations found by axe-core:%n%s", report).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		StringBuilder text = new StringBuilder();
		for (Rule rule : violations) {
			text.append("  - ")
				.append(rule.getId())
				.append(" (")
				.append(rule.getImpact())
				.append("): ")
				.append(rule.getHelp())
				.append('\n');
			for (CheckedNode node : rule.getNodes()) {
				text.append("      ").append(node.getTarget()).append('\n');
				if (node.getFailureSummary() != null) {
					text.append("        ").append(node.getFailureSummary().replace("\n", "\n        ")).append('\n');
				}
			}
		}
		return text.toString();
	}

	private record CheckedPage(String url, List<Rule> violations) {
	}

}
