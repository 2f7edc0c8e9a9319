package nl.clubhuis.journey;

import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (375 px wide) the Doetank page puts what a visitor acts on, meedoen and the
 * team, before the long route and timeline: first in reading order (what a screen reader
 * and the keyboard follow) and within the first two screen heights. On a desktop the same
 * blocks stand beside the route. Leaves screenshots in {@code target/screenshots}. A
 * trekker adds a milestone and removes it again, without JavaScript, every page checked
 * with axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class DoetankPhoneLayoutBrowserTest extends BrowserJourney {

	static final int PHONE = 375;

	static final int PHONE_HEIGHT = 812;

	static final int DESKTOP = 1280;

	@Test
	void aVisitorOnAPhoneReachesMeedoenAndTheTeamBeforeTheTimeline() {
		MemberPrincipal trekker = createMember("Tara Trekker", "tara-" + this.run + "@example.org", "Gemeente Ede");
		MemberPrincipal coach = createCoach("Cees Coach", "cees-" + this.run + "@example.org");
		String slug = anActiveDoetank("Eén loket voor ondernemers " + this.run, trekker, coach);

		this.page.setViewportSize(PHONE, PHONE_HEIGHT);
		this.page.navigate("/doetanks/" + slug);
		Locator join = this.page.locator("#meedoen");
		Locator team = this.page.locator("#team-titel");
		Locator timeline = this.page.locator("#verloop");
		assertThat(join).isVisible();
		assertThat(timeline).isVisible();
		assertThat(comesBefore("#meedoen", "#verloop")).as("meedoen before the timeline in reading order").isTrue();
		assertThat(comesBefore("#team-titel", "#verloop")).as("the team before the timeline in reading order").isTrue();
		assertThat(comesBefore("#meedoen", "#route-titel")).as("meedoen before the route in reading order").isTrue();
		assertThat(top(join)).as("meedoen within the first two screen heights").isLessThan(2 * PHONE_HEIGHT);
		assertThat(top(this.page.locator("#meedoen .button"))).as("the join button within two screen heights")
			.isLessThan(2 * PHONE_HEIGHT);
		assertThat(top(team)).as("the team starts above the timeline").isLessThan(top(timeline));
		screenshot("doetank-375-visitor");
		checkAccessibility("Doetank page on a phone");

		this.page.setViewportSize(DESKTOP, 900);
		BoundingBox side = join.boundingBox();
		BoundingBox main = timeline.boundingBox();
		assertThat(side.x).as("on a desktop meedoen stands beside the timeline").isGreaterThan(main.x + main.width);
		assertThat(side.y).as("and at the top of the page, not below the main column").isLessThan(main.y);
		screenshot("doetank-1280-visitor");
		this.accessibility.assertNoViolations();
	}

	@Test
	void aTrekkerAddsAMilestoneThatShowsInTheTimeline() {
		String email = "tom-" + this.run + "@example.org";
		MemberPrincipal trekker = createMember("Tom Trekker", email, "Gemeente Ede");
		MemberPrincipal coach = createCoach("Cato Coach", "cato-" + this.run + "@example.org");
		String slug = anActiveDoetank("Eén loket voor starters " + this.run, trekker, coach);
		this.page.navigate("/");
		logIn(email, "Tom Trekker");
		this.page.navigate("/doetanks/" + slug);
		link("Mijlpaal toevoegen").click();
		assertThat(heading()).hasText("Mijlpaal toevoegen");
		checkAccessibility("new milestone");
		this.page.getByLabel("Titel").fill("Opdracht getekend");
		button("Mijlpaal toevoegen").click();
		assertThat(this.page.locator("#line-fout")).containsText("Vul dit veld in.");
		assertThat(this.page.getByLabel("Titel")).hasValue("Opdracht getekend");
		checkAccessibility("new milestone, with errors");
		this.page.getByLabel("In één regel").fill("De directeur tekende de opdracht.");
		button("Mijlpaal toevoegen").click();

		Locator milestone = this.page.locator("#verloop .review--milestone");
		assertThat(milestone).containsText("Mijlpaal");
		assertThat(milestone).containsText("Opdracht getekend");
		checkAccessibility("Doetank page as its trekker, with a milestone");
		milestone
			.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName(Pattern.compile("^Verwijderen\\W+Opdracht getekend$")))
			.click();
		checkAccessibility("remove a milestone");
		button("Ja, verwijderen").click();
		assertThat(this.page.locator("#verloop .review--milestone")).hasCount(0);
		assertAccessibleAndSelfContained();
	}

	private boolean comesBefore(String first, String second) {
		return (Boolean) this.page.evaluate("([a, b]) => !!(document.querySelector(a).compareDocumentPosition("
				+ "document.querySelector(b)) & Node.DOCUMENT_POSITION_FOLLOWING)", List.of(first, second));
	}

	/** The distance from the top of the page, whatever has been scrolled. */
	private double top(Locator element) {
		return element.boundingBox().y + ((Number) this.page.evaluate("window.scrollY")).doubleValue();
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

}
