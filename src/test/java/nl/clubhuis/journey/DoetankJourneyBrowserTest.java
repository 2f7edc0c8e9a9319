package nl.clubhuis.journey;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core journey of the portal in a real browser (headless Chromium): a visitor
 * registers and brings in a vraagstuk, a coach takes it in as a Doetank, a second member
 * asks to join (his start page shows the request) and the trekker, who finds it waiting
 * on hers, approves. Every page on the way is checked with axe-core for WCAG 2.1 A/AA,
 * and every request the browser makes must go to the portal itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestMailServer.class })
class DoetankJourneyBrowserTest extends BrowserJourney {

	private static final String VRAAGSTUK = "Inwoners vullen voor één Wmo-aanvraag vier formulieren in.\n"
			+ "Veel mensen haken af voordat ze hulp krijgen.";

	private static final String PROBLEM_OWNER = "Het Wmo-loket van Zwolle, en de inwoners die afhaken.";

	private static final String MOTIVATION = "Ik werk bij het Wmo-loket en help graag formulieren schrappen.";

	@Test
	void aVraagstukBecomesADoetankThatWelcomesANewMember() {
		String title = "Eén formulier voor de Wmo " + this.run;
		String trekker = "Tessa Trekker";
		String trekkerEmail = "tessa-" + this.run + "@example.org";
		String newMember = "Jamal de Vries";
		String newMemberEmail = "jamal-" + this.run + "@example.org";
		String coach = "Carla Coach";
		String coachEmail = "carla-" + this.run + "@example.org";
		createCoach(coach, coachEmail);

		// A visitor finds out what the network is and makes an account.
		this.page.navigate("/");
		assertThat(heading()).containsText("Los een echt probleem uit je werk op");
		checkAccessibility("home, visitor");
		register(trekker, trekkerEmail, "Gemeente Zwolle");
		checkAccessibility("home, member");

		// She brings in a vraagstuk, first forgetting the title.
		menuItem("Zelf een Doetank starten?").click();
		assertThat(heading()).hasText("Zelf een Doetank starten?");
		checkAccessibility("route for newcomers");
		link("Breng je vraagstuk in").first().click();
		assertThat(heading()).hasText("Breng een vraagstuk in");
		checkAccessibility("new vraagstuk");
		this.page.getByLabel("Het vraagstuk").fill(VRAAGSTUK);
		this.page.getByLabel("Ambitie").fill("Eén aanvraag, één formulier, binnen een jaar in drie gemeenten.");
		this.page.getByLabel("Thema").selectOption(new SelectOption().setLabel("Zorg en welzijn"));
		this.page.getByLabel("Jouw organisatie").fill("Gemeente Zwolle");
		this.page.getByLabel("Bij een probleem dat ik zie").check();
		this.page.getByLabel("Wie heeft dit probleem, en wie wil het resultaat?").fill(PROBLEM_OWNER);
		button("Vraagstuk inbrengen").click();

		Locator titleField = this.page.getByLabel("Titel");
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Controleer de volgende velden");
		assertThat(titleField).hasAttribute("aria-invalid", "true");
		assertThat(titleField).hasAccessibleDescription(Pattern.compile("Vul dit veld in"));
		assertThat(this.page.getByLabel("Het vraagstuk")).hasValue(VRAAGSTUK);
		assertThat(this.page.getByLabel("Thema")).hasValue("ZORG_EN_WELZIJN");
		assertThat(this.page.getByLabel("Jouw organisatie")).hasValue("Gemeente Zwolle");
		checkAccessibility("new vraagstuk, with errors");

		titleField.fill(title);
		button("Vraagstuk inbrengen").click();
		// The exact title: the re-shown form must send each field once (no "title,").
		assertThat(heading()).hasText(title);
		assertThat(this.page.getByText("Je vraagstuk is ingebracht.")).isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("wacht op intake")))
			.isVisible();
		String doetankUrl = this.page.url();
		assertThat(doetankUrl).startsWith(baseUrl() + "/doetanks/").doesNotEndWith("/nieuw");
		checkAccessibility("Doetank waiting for intake, its author");
		logOut();

		// A coach takes the vraagstuk in as a Doetank.
		logIn(coachEmail, coach);
		accountLink("Intake").click();
		assertThat(heading()).hasText("Voor coaches");
		checkAccessibility("intake overview, coach");
		openProposalForIntake(title);
		assertThat(region("Intake")).containsText("neem het aan of wijs het af");
		checkAccessibility("Doetank waiting for intake, coach");
		link("Intake doen").click();
		assertThat(heading()).hasText("Intake: " + title);
		assertThat(region("Het voorstel en de antwoorden van de inbrenger")).containsText(PROBLEM_OWNER);
		checkAccessibility("intake page, coach");
		button("Aannemen als Doetank").click();
		assertThat(this.page.getByRole(AriaRole.ALERT).first()).containsText("Controleer de volgende velden");
		checkAccessibility("intake page, with errors");
		judge("Relevantie", "Voldoende");
		this.page.getByLabel("Relevantie in een regel").fill("Eén loket scheelt burgers en gemeenten werk.");
		judge("Kans van slagen", "Voldoende");
		this.page.getByLabel("Kans van slagen in een regel").fill("Zwolle wil het invoeren; Tessa heeft tijd.");
		judge("Is er een probleemeigenaar of een casus?", "Ja");
		judge("Probleem of oplossing?", "Het begint bij een probleem");
		button("Aannemen als Doetank").click();
		assertThat(this.page.getByText("Het vraagstuk is aangenomen.")).isVisible();
		assertThat(this.page.getByText("Fase 1 van 6: Initiëren")).isVisible();
		assertThat(teamMember("Trekker", trekker)).isVisible();
		assertThat(teamMember("Coach", coach)).isVisible();
		checkAccessibility("Doetank active, coach");
		logOut();

		// A second visitor comes across the new Doetank, makes an account and asks to
		// join.
		menuItem("Doetanks").click();
		assertThat(heading()).hasText("Doetanks");
		checkAccessibility("all Doetanks");
		goHome();
		openDoetank(region("Deze Doetanks zoeken mensen"), title);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om mee te doen")))
			.isVisible();
		checkAccessibility("Doetank active, visitor");
		register(newMember, newMemberEmail, "Provincie Overijssel");
		openDoetank(region("Deze Doetanks zoeken mensen"), title);
		this.page.getByLabel("Je motivatie").fill(MOTIVATION);
		checkAccessibility("Doetank active, member who may join");
		button("Vraag om mee te doen").click();
		assertThat(this.page.getByText("Je aanvraag is verstuurd.")).isVisible();
		assertThat(this.page.getByText("De trekker beslist er nog over.")).isVisible();
		checkAccessibility("Doetank, member with a pending request");

		// His start page lists the request; withdrawing it asks first, and he keeps it.
		accountLink("Mijn Clubhuis").click();
		assertThat(heading()).hasText("Mijn Clubhuis");
		Locator ownRequest = region("Mijn aanvragen").getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(title));
		assertThat(ownRequest).containsText("Wacht op de trekker");
		checkAccessibility("my start page, member with a pending request");
		ownRequest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Intrekken")).click();
		assertThat(heading()).hasText("Aanvraag intrekken: " + title);
		checkAccessibility("withdraw a request, confirmation");
		link("Nee, terug").click();
		assertThat(heading()).hasText("Mijn Clubhuis");
		logOut();

		// The trekker finds the request waiting on her start page and approves it.
		logIn(trekkerEmail, trekker);
		accountLink("Mijn Clubhuis").click();
		checkAccessibility("my start page, trekker with a request to decide");
		region("Wacht op mij")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("1 aanvraag om mee te doen bij " + title))
			.click();
		assertThat(heading()).hasText(title);
		Locator request = region("Aanvragen om mee te doen").getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(newMember));
		assertThat(request).containsText(MOTIVATION);
		assertThat(request).containsText("Provincie Overijssel");
		checkAccessibility("Doetank, trekker with a pending request");
		request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Goedkeuren")).click();
		assertThat(this.page.getByText("Aanvraag goedgekeurd: de aanvrager hoort nu bij het team")).isVisible();
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aanvragen om mee te doen")))
			.hasCount(0);
		assertThat(teamMember("Lid", newMember)).isVisible();
		checkAccessibility("Doetank, trekker after approving");
		logOut();

		// The new member sees the outcome on the Doetank's page.
		logIn(newMemberEmail, newMember);
		openDoetank(region("Jouw Doetanks"), title);
		assertThat(this.page).hasURL(doetankUrl);
		assertThat(this.page.getByText("Je aanvraag is goedgekeurd: je bent lid van deze Doetank.")).isVisible();
		assertThat(teamMember("Lid", newMember)).isVisible();
		assertThat(this.page.getByLabel("Je motivatie")).hasCount(0);
		checkAccessibility("Doetank, approved member");

		assertAccessibleAndSelfContained();
	}

	/** Chooses an answer to one of the intake's questions. */
	private void judge(String question, String answer) {
		this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
			.getByLabel(answer, new Locator.GetByLabelOptions().setExact(true))
			.check();
	}

	/** Proposals are listed oldest first, so leaf through the pages until it shows. */
	private void openProposalForIntake(String title) {
		Locator proposal = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(title).setExact(true));
		Locator next = this.page
			.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Intake van nieuwe vraagstukken"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Volgende"));
		while (proposal.count() == 0 && next.count() > 0) {
			String current = this.page.url();
			next.click();
			assertThat(this.page).not().hasURL(current);
		}
		proposal.click();
		assertThat(heading()).hasText(title);
	}

	/** A person listed under one role (Trekker, Leden, Coach...) in "Het team". */
	private Locator teamMember(String role, String name) {
		Locator term = this.page.getByRole(AriaRole.TERM)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + role + "$")));
		return region("Het team").locator("div")
			.filter(new Locator.FilterOptions().setHas(term))
			.getByRole(AriaRole.DEFINITION)
			.filter(new Locator.FilterOptions().setHasText(name));
	}

}
