package nl.clubhuis.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coach records a clear step without a gatekeepers-overleg in a real browser: first
 * forgetting the reason, then with it; the timeline shows the step apart from an overleg.
 * Every page state is checked with axe-core for WCAG 2.1 A/AA.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PhaseChangeBrowserTest extends BrowserJourney {

	private static final String REASON = "Het team heeft een schets die de opdrachtgever herkent.";

	@Test
	void aCoachMovesTheDoetankOnePhaseWithTheReason() {
		String title = "Sneller vergunningen " + this.run;
		String coach = "Coby Coach";
		String coachEmail = "coby-" + this.run + "@example.org";
		String slug = anActiveDoetank(title,
				createMember("Teun Trekker", "teun-" + this.run + "@example.org", "Gemeente Zwolle"),
				createCoach(coach, coachEmail));

		this.page.navigate("/");
		logIn(coachEmail, coach);
		this.page.navigate("/doetanks/" + slug);
		link("Faseovergang zonder overleg").click();
		assertThat(heading()).hasText("Faseovergang zonder overleg");
		checkAccessibility("phase change form, empty");

		this.page.getByLabel("Door naar 2. Schetsen").check();
		button("Overgang vastleggen").click();
		Locator errors = this.page.getByRole(AriaRole.ALERT);
		assertThat(errors).containsText("Controleer de volgende velden");
		assertThat(this.page.getByLabel("Door naar 2. Schetsen")).isChecked();
		checkAccessibility("phase change form, with errors");

		this.page.getByLabel("Waarom deze stap?").fill(REASON);
		button("Overgang vastleggen").click();
		assertThat(heading()).hasText(title);
		assertThat(this.page.getByText("De overgang is vastgelegd en staat in het verloop.")).isVisible();
		assertThat(this.page.getByText("Fase 2 van 6: Schetsen")).isVisible();
		Locator timeline = this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Het verloop"));
		assertThat(timeline).containsText("Overgang zonder gatekeepers-overleg");
		assertThat(timeline).containsText(REASON);
		assertThat(timeline).containsText("door " + coach);
		checkAccessibility("Doetank with a phase change without an overleg");

		assertAccessibleAndSelfContained();
	}

}
