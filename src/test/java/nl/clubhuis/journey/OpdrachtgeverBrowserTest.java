package nl.clubhuis.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Roles that act, in a real browser: the opdrachtgever writes a testimonial and
 * evaluation (the form empty, with its errors, and the result on the Doetank page and on
 * /cijfers), and a trekker records an eindgebruiker's consent to an experiment. Every
 * page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestDoetanks.class })
class OpdrachtgeverBrowserTest extends BrowserJourney {

	@Autowired
	TestDoetanks doetanks;

	@Test
	void theOpdrachtgeverSaysWhatTheResultIsWorthAndTheTeamRecordsConsent() {
		MemberPrincipal trekker = createMember("Tineke Trekker", "tineke-" + this.run + "@example.org",
				"Gemeente Deventer");
		MemberPrincipal coach = createCoach("Karel Coach", "karel-" + this.run + "@example.org");
		MemberPrincipal opdrachtgever = createMember("Olga Opdrachtgever", "olga-" + this.run + "@example.org",
				"Gemeente Deventer");
		MemberPrincipal eindgebruiker = createMember("Eef Eindgebruiker", "eef-" + this.run + "@example.org",
				"Wijkteam Noord");
		String evaluating = this.doetanks.inPhase(Phase.EVALUEREN, trekker, coach);
		this.doetanks.addMember(evaluating, opdrachtgever, MembershipRole.OPDRACHTGEVER);
		String experimenting = this.doetanks.inPhase(Phase.EXPERIMENTEREN, trekker, coach);
		this.doetanks.addMember(experimenting, eindgebruiker, MembershipRole.EINDGEBRUIKER);

		this.page.navigate("/");
		logIn("olga-" + this.run + "@example.org", "Olga Opdrachtgever");
		this.page.navigate("/doetanks/" + evaluating);
		link("Testimonial en oordeel schrijven").click();
		assertThat(heading()).hasText("Wat de opdrachtgever zegt");
		checkAccessibility("testimonial form");
		button("Vastleggen").click();
		assertThat(this.page.locator(".error-summary")).containsText("Testimonial");
		checkAccessibility("testimonial form with errors");
		this.page.getByLabel("Testimonial").fill("Dit scheelt ons **weken** per aanvraag.");
		this.page.getByLabel("Het resultaat").selectOption(new SelectOption().setLabel("Wordt deels ingevoerd"));
		this.page.getByLabel("Je oordeel").fill("Het formulier werkt; de koppeling met het archief nog niet.");
		button("Vastleggen").click();
		assertThat(this.page.getByText("Je testimonial en oordeel staan bij de Doetank.")).isVisible();
		assertThat(this.page.locator(".testimonial__outcome")).containsText("Wordt deels ingevoerd");
		checkAccessibility("Doetank page with a testimonial");
		this.page.navigate("/cijfers");
		assertThat(this.page.locator("#opdrachtgevers")).containsText("Dit scheelt ons weken per aanvraag.");
		checkAccessibility("figures with testimonials");
		logOut();

		logIn("tineke-" + this.run + "@example.org", "Tineke Trekker");
		this.page.navigate("/doetanks/" + experimenting);
		link("Toestemming vastleggen").click();
		assertThat(heading()).hasText("Toestemming vastleggen");
		checkAccessibility("consent form");
		// With one eindgebruiker in the team, the form has chosen them already.
		button("Toestemming vastleggen").click();
		assertThat(this.page.locator(".error-summary")).containsText("Voor welk experiment");
		checkAccessibility("consent form with errors");
		this.page.getByLabel("Wie gaf toestemming").selectOption(new SelectOption().setLabel("Eef Eindgebruiker"));
		this.page.getByLabel("Voor welk experiment").fill("Proef met één aanvraagformulier in de wijk Noord");
		button("Toestemming vastleggen").click();
		assertThat(this.page.getByText("De toestemming is vastgelegd.")).isVisible();
		assertThat(this.page.locator(".consent__who")).hasText("Eef Eindgebruiker");
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Kern")))
			.isVisible();
		checkAccessibility("Doetank page with consents and the kern");
		assertAccessibleAndSelfContained();
	}

}
