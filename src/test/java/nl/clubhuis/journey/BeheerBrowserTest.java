package nl.clubhuis.journey;

import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.member.GlobalRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A beheerder finds a member at /beheer and makes them coach (the member's page and the
 * expertise list fit a phone); the logboek shows it, and the new coach, once logged in,
 * finds the intake. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class BeheerBrowserTest extends BrowserJourney {

	private static final int PHONE = 375;

	@Test
	void aBeheerderMakesAMemberCoachWhoThenSeesTheIntake() {
		String beheerder = "Bea Beheer";
		String beheerderEmail = "bea-" + this.run + "@example.org";
		String member = "Kees Kandidaat " + this.run;
		String memberEmail = "kees-" + this.run + "@example.org";
		createWithRole(beheerder, beheerderEmail, GlobalRole.BEHEERDER);
		createMember(member, memberEmail, "Gemeente Zwolle");

		this.page.navigate(baseUrl() + "/");
		logIn(beheerderEmail, beheerder);
		this.page.navigate(baseUrl() + "/beheer");
		assertThat(heading()).hasText("Leden");
		checkAccessibility("beheer, members");
		this.page.getByLabel("Naam, e-mailadres of organisatie").fill("kees-" + this.run);
		button("Zoeken").click();
		assertThat(this.page.getByText("1 lid")).isVisible();
		checkAccessibility("beheer, members found");
		link(member).click();
		assertThat(heading()).hasText(member);
		checkAccessibility("beheer, one member");
		String memberPage = this.page.url();

		button("Maak Coach").click();
		assertThat(this.page.getByText("De rol is toegekend.")).isVisible();
		assertThat(button("Neem rol Coach af")).isVisible();
		checkAccessibility("beheer, one member after a change");

		link("Blokkeren…").click();
		assertThat(heading()).hasText("Account van " + member + " blokkeren");
		checkAccessibility("beheer, confirm a block");
		button("Ja, blokkeren").click();
		assertThat(this.page.locator(".error-summary")).containsText("Kies waarom je dit account blokkeert.");
		checkAccessibility("beheer, a block without a reason");
		link("Nee, terug").click();
		assertThat(heading()).hasText(member);

		link("Ander e-mailadres…").click();
		assertThat(heading()).hasText("Ander e-mailadres voor " + member);
		button("Stuur een bevestigingslink").click();
		assertThat(this.page.locator(".error-summary")).containsText("Vul dit veld in.");
		checkAccessibility("beheer, a new address with an error");
		link("Annuleren").click();

		link("Account verwijderen…").click();
		assertThat(heading()).hasText("Account van " + member + " verwijderen");
		checkAccessibility("beheer, erase on request");
		button("Account definitief verwijderen").click();
		assertThat(this.page.locator(".error-summary")).containsText("Vink aan dat het verzoek van het lid zelf komt.");
		checkAccessibility("beheer, erase on request with errors");
		link("Nee, terug").click();
		assertThat(heading()).hasText(member);

		link("Wat het logboek over dit lid zegt").click();
		assertThat(heading()).hasText("Logboek");
		assertThat(this.page.getByRole(AriaRole.TABLE)).containsText("Rol gegeven: Coach");
		checkAccessibility("beheer, logboek");

		this.page.setViewportSize(PHONE, 812);
		this.page.navigate(memberPage);
		Assertions.assertThat(pageWidth()).as("one member's page on a phone").isLessThanOrEqualTo(PHONE);
		this.page.navigate(baseUrl() + "/redactie/expertise");
		Assertions.assertThat(pageWidth()).as("the expertise list on a phone").isLessThanOrEqualTo(PHONE);
		this.page.setViewportSize(1280, 900);

		this.page.navigate(baseUrl() + "/beheer/instellingen");
		assertThat(heading()).hasText("Instellingen");
		checkAccessibility("beheer, the network's settings");
		link("Checklist van het gatekeepers-overleg").click();
		assertThat(heading()).hasText("Checklist van het gatekeepers-overleg");
		checkAccessibility("beheer, the gatekeepers checklist");
		link("Checklist, regel 1 wijzigen").click();
		assertThat(heading()).hasText("Een regel van de checklist wijzigen");
		checkAccessibility("beheer, a line of the checklist");
		this.page.navigate(baseUrl() + "/beheer/mail");
		assertThat(heading()).hasText("Mail");
		checkAccessibility("beheer, mail");
		this.page.navigate(baseUrl() + "/over");
		assertThat(heading()).hasText("Over het netwerk");
		checkAccessibility("the page about the network");
		link("Bewerken").click();
		assertThat(heading()).hasText("Over het netwerk bewerken");
		checkAccessibility("the page about the network, editing");

		// A name in a Doetank's ambition for a moment: the beheerder takes it out of the
		// history.
		String doetank = anActiveDoetank("Brieven die niemand begrijpt " + this.run,
				createMember("Tom Trekker", "tom-" + this.run + "@example.org", "Gemeente Zwolle"),
				createCoach("Cato Coach", "cato-" + this.run + "@example.org"));
		this.page.navigate(baseUrl() + "/doetanks/" + doetank + "/bewerken");
		this.page.getByLabel("Ambitie").fill("Mevrouw Jansen (BSN 123456782) krijgt één brief.");
		button("Opslaan").click();
		this.page.navigate(baseUrl() + "/doetanks/" + doetank + "/bewerken");
		this.page.getByLabel("Ambitie").fill("Iedereen krijgt één brief.");
		button("Opslaan").click();
		this.page.navigate(baseUrl() + "/doetanks/" + doetank + "/geschiedenis");
		checkAccessibility("a Doetank's history, for a beheerder");
		link("Deze oude tekst uit de geschiedenis halen…").first().click();
		assertThat(heading()).hasText("Tekst uit de geschiedenis halen");
		checkAccessibility("taking a text out of a history");
		button("Ja, uit de geschiedenis halen").click();
		assertThat(this.page.getByText("De tekst is uit de geschiedenis gehaald.")).isVisible();
		assertThat(this.page.locator("main")).not().containsText("123456782");
		logOut();

		logIn(memberEmail, member);
		accountLink("Intake").click();
		assertThat(heading()).hasText("Voor coaches");
		assertAccessibleAndSelfContained();
	}

	private int pageWidth() {
		return ((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue();
	}

}
