package nl.clubhuis.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TestDoetanks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A team member asks the team's supporter to open a door (first forgetting why), the
 * supporter finds the request on /mijn and answers that the door opened, and the team
 * reads the outcome in the timeline. Every page state is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestDoetanks.class })
class DoorsBrowserTest extends BrowserJourney {

	@Autowired
	TestDoetanks testDoetanks;

	@Test
	void aTeamMemberAsksTheSupporterWhoOpensTheDoor() {
		String title = "Eén loket voor mantelzorgers " + this.run;
		String trekkerEmail = "tim-" + this.run + "@example.org";
		String supporterEmail = "sanne-" + this.run + "@example.org";
		String slug = anActiveDoetank(title, createMember("Tim Trekker", trekkerEmail, "Gemeente Deventer"),
				createCoach("Carla Coach", "carla-" + this.run + "@example.org"));
		this.testDoetanks.addMember(slug, createMember("Sanne Supporter", supporterEmail, "Ministerie van VWS"),
				MembershipRole.SUPPORTER);

		this.page.navigate("/");
		logIn(trekkerEmail, "Tim Trekker");
		this.page.navigate("/doetanks/" + slug);
		assertThat(doors()).containsText("Het team heeft nog geen supporter gevraagd een deur te openen.");
		checkAccessibility("Doetank, team without door requests");
		doors()
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vraag een supporter een deur te openen"))
			.click();
		assertThat(heading()).hasText("Vraag een supporter een deur te openen");
		checkAccessibility("door request form");
		this.page.getByLabel("Sanne Supporter").check();
		this.page.getByLabel("Naar wie moet de deur open?").fill("De directeur Langdurige Zorg");
		button("Verzoek versturen").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Vul dit veld in.");
		assertThat(this.page.getByLabel("Naar wie moet de deur open?")).hasValue("De directeur Langdurige Zorg");
		checkAccessibility("door request form with errors");
		this.page.getByLabel("Waarom?").fill("Zij kan de pilot in drie gemeenten toestaan.");
		button("Verzoek versturen").click();
		assertThat(this.page.getByText("Je verzoek is verstuurd.")).isVisible();
		assertThat(doors()).containsText("De directeur Langdurige Zorg");
		checkAccessibility("Doetank, team with an open door request");
		logOut();

		logIn(supporterEmail, "Sanne Supporter");
		this.page.navigate("/mijn");
		this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tim Trekker vraagt je een deur te openen"))
			.click();
		assertThat(heading()).hasText("Een deur naar De directeur Langdurige Zorg");
		checkAccessibility("door request, the supporter asked");
		this.page.getByLabel("De deur is open").check();
		this.page.getByLabel("Toelichting").fill("De directeur ontvangt het team op 3 maart.");
		button("Antwoord versturen").click();
		assertThat(this.page.locator("#deur-stand")).hasText("Deur geopend");
		checkAccessibility("door request, answered");
		this.page.navigate("/doetanks/" + slug);
		assertThat(this.page.locator(".timeline .review--door"))
			.containsText("De directeur ontvangt het team op 3 maart.");
		checkAccessibility("Doetank, door outcome in the timeline");
		assertAccessibleAndSelfContained();
	}

	private Locator doors() {
		return region("Deuren openen");
	}

}
