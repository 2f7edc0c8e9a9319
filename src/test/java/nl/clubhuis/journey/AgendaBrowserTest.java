package nl.clubhuis.journey;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.member.GlobalRole;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Café agenda in a real browser (headless Chromium): a redacteur announces a Café
 * with one place; a member takes it; a second lands on the waiting list; the first
 * cancels, and the second finds on their next visit that they are in. Every page is
 * checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class AgendaBrowserTest extends BrowserJourney {

	@Test
	void aFreedPlaceGoesToTheFirstOnTheWaitingList() {
		String title = "Café met één plek " + this.run;
		createWithRole("Ruben Redacteur", "ruben-" + this.run + "@example.org", GlobalRole.REDACTEUR);
		createMember("Anna Eerste", "anna-" + this.run + "@example.org", "Gemeente Zwolle");
		createMember("Bert Tweede", "bert-" + this.run + "@example.org", "Provincie Utrecht");
		// Soon, so it is near the top of the agenda.
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam"))
			.plusHours(2)
			.truncatedTo(ChronoUnit.MINUTES);

		// The redacteur announces the Café, first forgetting where it is.
		this.page.navigate("/");
		logIn("ruben-" + this.run + "@example.org", "Ruben Redacteur");
		menuItem("Agenda").click();
		assertThat(heading()).hasText("Agenda");
		link("Nieuwe bijeenkomst").click();
		this.page.getByLabel("Soort").selectOption("CAFE");
		this.page.getByLabel("Titel").fill(title);
		this.page.getByLabel("Beschrijving").fill("We werken aan **jullie** vraagstukken.");
		this.page.getByLabel("Begint").fill(start.toString());
		this.page.getByLabel("Eindigt").fill(start.plusHours(2).toString());
		this.page.getByLabel("Aantal plaatsen").fill("1");
		button("Aankondigen").click();
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.containsText("Vul een plek in, een link om online mee te doen, of allebei.");
		assertThat(this.page.getByLabel("Titel")).hasValue(title);
		checkAccessibility("event form with an error");
		this.page.getByLabel("Plek").fill("Kennisland, Amsterdam");
		button("Aankondigen").click();
		assertThat(this.page.getByText("De bijeenkomst staat in de agenda.")).isVisible();
		assertThat(heading()).hasText(title);

		// A slip of the finger puts it two days ago: the portal asks, and going back
		// keeps
		// what was typed.
		LocalDateTime slip = start.minusDays(2);
		link("Bewerken").click();
		this.page.getByLabel("Begint").fill(slip.toString());
		this.page.getByLabel("Eindigt").fill(slip.plusHours(2).toString());
		button("Opslaan").click();
		assertThat(heading()).hasText("Klopt dit?");
		checkAccessibility("asked before a change");
		button("Nee, terug naar het formulier").click();
		assertThat(this.page.getByLabel("Begint")).hasValue(slip.toString());
		link("Annuleren").click();
		assertThat(heading()).hasText(title);
		logOut();

		// Anna takes the last (only) place.
		logIn("anna-" + this.run + "@example.org", "Anna Eerste");
		menuItem("Agenda").click();
		checkAccessibility("agenda");
		link(title).click();
		assertThat(this.page.getByText("Nog 1 van de 1 vrij")).isVisible();
		this.page.getByLabel("Vraag of opmerking").fill("Ik eet vegetarisch.");
		button("Aanmelden").click();
		assertThat(this.page.getByText("Je bent aangemeld. Tot dan!")).isVisible();
		checkAccessibility("event, registered");
		logOut();

		// Bert finds it full and joins the waiting list.
		logIn("bert-" + this.run + "@example.org", "Bert Tweede");
		menuItem("Agenda").click();
		link(title).click();
		assertThat(this.page.getByText("Alle plaatsen zijn bezet.")).isVisible();
		button("Op de wachtlijst").click();
		assertThat(this.page.getByText("Je staat op de wachtlijst, op plek 1.")).isVisible();
		checkAccessibility("event, waiting");
		logOut();

		// Anna cannot come after all.
		logIn("anna-" + this.run + "@example.org", "Anna Eerste");
		link("Mijn agenda").click();
		checkAccessibility("my agenda");
		link(title).click();
		button("Afmelden").click();
		assertThat(this.page.getByText("Je bent afgemeld.")).isVisible();
		logOut();

		// Bert is told by a notification (the count in the header), and is in.
		logIn("bert-" + this.run + "@example.org", "Bert Tweede");
		this.page.locator(".site-header a[href='/mijn/meldingen']").click();
		checkAccessibility("notifications with the place offered");
		this.page.locator(".notification")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Er is plek voor je bij " + title))
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
			.click();
		assertThat(this.page.getByText("Je bent aangemeld. Tot dan!")).isVisible();
		link("Mijn agenda").click();
		assertThat(heading()).hasText("Mijn agenda");
		assertThat(this.page.locator(".registration-list")).containsText(title);
		assertAccessibleAndSelfContained();
	}

}
