package nl.clubhuis.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.toolkit.TestWerkvormen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Diffusion in a real browser (headless Chromium): a member reports that their
 * organisation takes up a Doetank in verbreden (first forgetting the contact), the
 * Doetank page lists it under "Overgenomen door", the list of Doetanks filters on it, and
 * a finished Doetank invites a visitor to get in touch. Every page state is checked with
 * axe-core for WCAG 2.1 A/AA.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestDoetanks.class, TestWerkvormen.class })
class AdoptersBrowserTest extends BrowserJourney {

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	GateReviewService reviews;

	@Test
	void aMemberReportsTheirOrganisationAndAFinishedDoetankInvitesOthers() {
		MemberPrincipal trekker = createMember("Tim Trekker", "tim-" + this.run + "@example.org", "Gemeente Deventer");
		MemberPrincipal coach = createCoach("Carla Coach", "carla-" + this.run + "@example.org");
		String memberEmail = "olga-" + this.run + "@example.org";
		createMember("Olga Overnemer", memberEmail, "Gemeente Zwolle");
		String slug = this.doetanks.inPhase(Phase.VERBREDEN, trekker, coach);
		String organisation = "Gemeente Zwolle " + this.run;

		this.page.navigate("/");
		logIn(memberEmail, "Olga Overnemer");
		this.page.navigate("/doetanks/" + slug);
		Locator adopters = region("Overgenomen door");
		assertThat(adopters).containsText("Nog geen organisatie");
		checkAccessibility("Doetank in verbreden, nobody took it up yet");
		adopters
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Meld dat jouw organisatie dit overneemt"))
			.click();
		assertThat(heading()).hasText("Meld dat jouw organisatie dit overneemt");
		checkAccessibility("adopter form, empty");
		this.page.getByLabel("Organisatie").fill(organisation);
		this.page.getByLabel("Wat jullie overnemen").fill("Het ene aanvraagformulier voor de Wmo.");
		this.page.getByLabel("Sinds").fill(TestDoetanks.today().toString());
		button("Melden").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Vul de naam van een contactpersoon in");
		assertThat(this.page.getByLabel("Organisatie")).hasValue(organisation);
		checkAccessibility("adopter form, with errors");
		this.page.getByLabel("Ik ben de contactpersoon").check();
		button("Melden").click();

		assertThat(this.page.getByText("Je organisatie staat bij „Overgenomen door”")).isVisible();
		adopters = region("Overgenomen door");
		assertThat(adopters).containsText(organisation);
		assertThat(adopters).containsText("contactpersoon: Olga Overnemer");
		checkAccessibility("Doetank in verbreden, taken up by one organisation");

		this.page.navigate("/doetanks?overgenomen=ja");
		assertThat(this.page.getByLabel("Alleen overgenomen elders")).isChecked();
		checkAccessibility("Doetanks taken up elsewhere");
		logOut();

		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.AFRONDEN), coach);
		this.page.navigate("/doetanks/" + slug);
		assertThat(region("Overgenomen door")).containsText("Wil je dit ook?");
		assertThat(region("Overgenomen door").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Neem contact op met het team")))
			.isVisible();
		checkAccessibility("finished Doetank, a visitor is invited to get in touch");

		assertAccessibleAndSelfContained();
	}

}
