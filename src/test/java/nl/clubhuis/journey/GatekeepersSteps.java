package nl.clubhuis.journey;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What journeys through a gatekeepers-overleg share: the fields of the overleg form and
 * the timeline ("Het verloop") of a Doetank's page, found as a user finds them.
 */
interface GatekeepersSteps {

	Page page();

	/** The section "Het verloop" of a Doetank's page. */
	default Locator timeline() {
		return page().getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Het verloop"));
	}

	/** The gatekeepers-overleg in the timeline with this reflection. */
	default Locator review(String reflection) {
		return timeline().getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(reflection));
	}

	/** The checkpoints of the gatekeepers form, each a group of answers. */
	default Locator checkpoints() {
		return page().getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Checklist van deze fase"))
			.getByRole(AriaRole.GROUP)
			.filter(new Locator.FilterOptions().setHas(page().getByRole(AriaRole.RADIO)));
	}

	default Locator answer(Locator checkpoint, String answer) {
		return checkpoint.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(answer).setExact(true));
	}

	default Locator reflection() {
		return page().getByLabel("Reflectie", new Page.GetByLabelOptions().setExact(true));
	}

	default Locator decision(String name) {
		return page().getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Besluit"))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(startingWith(name + " ")));
	}

	/**
	 * A text field by the start of its label: fields needed for one decision only are
	 * marked "(niet verplicht)".
	 */
	default Locator textbox(String label) {
		return page().getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(startingWith(label)));
	}

	/**
	 * A name that starts with {@code text}. Escaped by hand: Playwright runs the pattern
	 * in the browser, where JavaScript knows no \Q...\E of Pattern.quote.
	 */
	static Pattern startingWith(String text) {
		return Pattern.compile("^" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
	}

}
