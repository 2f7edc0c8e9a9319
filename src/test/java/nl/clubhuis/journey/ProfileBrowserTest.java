package nl.clubhuis.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestMailServer;
import nl.clubhuis.member.GlobalRole;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Profiles in a real browser: a member fills in their profile, views it and finds a
 * colleague in /leden by expertise; a redacteur adds a term to the vocabulary. Every page
 * on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestMailServer.class })
class ProfileBrowserTest extends BrowserJourney {

	@Test
	void aMemberFillsInTheirProfileAndFindsAColleagueByExpertise() {
		String name = "Paula Profiel " + this.run;
		String email = "paula-" + this.run + "@example.org";
		String redacteur = "Rob Redactie " + this.run;
		String redacteurEmail = "rob-" + this.run + "@example.org";
		createWithRole(name, email, GlobalRole.LID);
		createWithRole(redacteur, redacteurEmail, GlobalRole.REDACTEUR);

		this.page.navigate("/");
		logIn(email, name);
		accountLink("Mijn profiel").click();
		assertThat(heading()).hasText("Mijn profiel");
		checkAccessibility("my profile");
		this.page.getByLabel("Functie").fill("Jurist");
		this.page.getByLabel("Over jou").fill("Ik help met **regels**.");
		this.page.getByLabel("Juridisch", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByLabel("Iedereen", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
		button("Profiel opslaan").click();
		assertThat(this.page.getByText("Je profiel is opgeslagen.")).isVisible();
		checkAccessibility("my profile, saved");

		link("Bekijk je profiel").click();
		assertThat(heading()).hasText(name);
		checkAccessibility("a profile, my own");

		accountLink("Leden").click();
		assertThat(heading()).hasText("Leden");
		checkAccessibility("members");
		this.page.locator("select#expertise")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Juridisch"));
		this.page.getByLabel("Naam").fill(this.run);
		button("Zoek leden").click();
		assertThat(this.page.locator(".member-list__name")).hasText(name);
		checkAccessibility("members, filtered");
		logOut();

		logIn(redacteurEmail, redacteur);
		accountLink("Redactie").click();
		link("De woordenlijst van expertise").click();
		assertThat(heading()).hasText("Expertise");
		checkAccessibility("expertise vocabulary");
		Locator add = this.page.locator("form[action$='/redactie/expertise']");
		add.getByLabel("Nederlands").fill("Juridisch");
		add.getByLabel("Engels").fill("Law " + this.run);
		add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toevoegen")).click();
		assertThat(this.page.locator(".field__error").first()).containsText("Deze naam heeft een andere term al.");
		checkAccessibility("expertise vocabulary, name taken");
		assertAccessibleAndSelfContained();
	}

}
