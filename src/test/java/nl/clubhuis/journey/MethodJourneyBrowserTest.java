package nl.clubhuis.journey;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The method in a real browser (issue 15): a coach sees a stalled Doetank on /coach and
 * asks for a gatekeepers-overleg, which two coaches record; the trekker asks the team's
 * supporter to open a door, the supporter answers, and the Doetank's timeline shows the
 * overleg and the open door. Every page on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class MethodJourneyBrowserTest extends BrowserJourney implements GatekeepersSteps {

	/**
	 * When the Doetank entered Initiëren and last did anything: before anything other
	 * tests leave in the shared database, so it heads the stall list (oldest first).
	 */
	private static final LocalDate START = LocalDate.of(1990, 3, 1);

	/** The first page the server renders can be slow on a loaded machine. */
	private static final double FIRST_PAGE_TIMEOUT_MS = 60_000;

	private static final String REFLECTION = "Het team liep vast zonder opdrachtgever; de wethouder wil nu tekenen.";

	private static final String TO_WHOM = "De directeur Publieke Dienstverlening";

	private static final String WHY = "Zij kan drie gemeenten vragen het ene formulier te proberen.";

	private static final String OPENED = "De directeur ontvangt het team over twee weken.";

	@Autowired
	DoetankHistory history;

	@Test
	void aCoachTakesUpAStalledDoetankAndItsSupporterOpensADoor() {
		String title = "Eén formulier voor de Wmo " + this.run;
		String trekker = "Tirza Trekker " + this.run;
		String trekkerEmail = "tirza-" + this.run + "@example.org";
		String coach = "Coen Coach " + this.run;
		String coachEmail = "coen-" + this.run + "@example.org";
		String secondCoach = "Gea Gatekeeper " + this.run;
		String supporter = "Sam Supporter " + this.run;
		String supporterEmail = "sam-" + this.run + "@example.org";
		stalledSince(START, title, createMember(trekker, trekkerEmail, "Gemeente Zwolle"),
				createCoach(coach, coachEmail), createMember(supporter, supporterEmail, "Ministerie van BZK"));
		createCoach(secondCoach, "gea-" + this.run + "@example.org");

		// 1. The coach finds the Doetank among those that stall and asks for an overleg.
		this.page.navigate("/", new Page.NavigateOptions().setTimeout(FIRST_PAGE_TIMEOUT_MS));
		logIn(coachEmail, coach);
		accountLink("Intake").click();
		assertThat(heading()).hasText("Voor coaches");
		Locator stalled = stallRow(title);
		assertThat(stalled).containsText("Langer in deze fase dan gewoonlijk, en al maanden geen activiteit");
		assertThat(stalled).containsText("in initiëren");
		checkAccessibility("coach overview, a Doetank that stalls");
		stalled.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Overleg aanvragen voor " + title))
			.click();
		assertThat(heading()).hasText(title);
		assertThat(this.page.getByText("Je vraag om een gatekeepers-overleg is verstuurd.")).isVisible();
		assertThat(timeline()).containsText("Gatekeepers-overleg gevraagd door " + coach);
		assertThat(timeline()).containsText("Gevraagd vanaf de lijst Doetanks die stilvallen");
		checkAccessibility("Doetank, coach after asking for an overleg");

		accountLink("Intake").click();
		assertThat(stallRow(title)).containsText("Overleg gevraagd");
		assertThat(stallRow(title).getByRole(AriaRole.BUTTON)).hasCount(0);
		Locator request = region("Gevraagde gatekeepers-overleggen").getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(title));
		assertThat(request).containsText("Gatekeepers-overleg gevraagd door " + coach);
		checkAccessibility("coach overview, an overleg asked for a Doetank that stalls");

		// 2. Two coaches hold the overleg; the first records it from the Doetank page.
		stallRow(title).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
		assertThat(heading()).hasText(title);
		link("Gatekeepers-overleg vastleggen").click();
		assertThat(heading()).hasText("Gatekeepers-overleg");
		assertThat(this.page.getByText("De Doetank zit nu in de fase Initiëren.")).isVisible();
		assertThat(this.page.getByText("Gevraagd vanaf de lijst Doetanks die stilvallen")).isVisible();
		checkAccessibility("gatekeepers form, asked from the stall list");
		this.page.getByLabel(secondCoach).check();
		Locator checkpoints = checkpoints();
		int checkpointCount = checkpoints.count();
		assertThat(checkpointCount).as("checkpoints of Initiëren").isPositive();
		for (int i = 0; i < checkpointCount; i++) {
			answer(checkpoints.nth(i), "ja").check();
		}
		reflection().fill(REFLECTION);
		decision("Door").check();
		button("Overleg vastleggen").click();
		assertThat(heading()).hasText(title);
		assertThat(this.page.getByText("Het overleg is vastgelegd: de Doetank gaat door naar de volgende fase."))
			.isVisible();
		assertThat(this.page.getByText("Fase 2 van 6: Schetsen")).isVisible();
		Locator overleg = review(REFLECTION);
		assertThat(overleg.getByRole(AriaRole.HEADING)).containsText("Door");
		assertThat(overleg).containsText("Aanwezig: " + coach);
		assertThat(overleg).containsText(secondCoach);
		assertThat(timeline()).not().containsText("Gatekeepers-overleg gevraagd door");
		checkAccessibility("Doetank, after the overleg");

		// The Doetank moves again: off the stall list, among the overleggen attended.
		accountLink("Intake").click();
		assertThat(region("Doetanks die stilvallen")).not().containsText(title);
		assertThat(region("Overleggen waar je bij was").getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(title))).containsText("Door");
		logOut();

		// 3. The trekker asks the team's supporter to open a door.
		logIn(trekkerEmail, trekker);
		openDoetank(region("Jouw Doetanks"), title);
		assertThat(doors()).containsText("Het team heeft nog geen supporter gevraagd een deur te openen.");
		doors()
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vraag een supporter een deur te openen"))
			.click();
		assertThat(heading()).hasText("Vraag een supporter een deur te openen");
		checkAccessibility("door request form");
		this.page.getByLabel(supporter).check();
		this.page.getByLabel("Naar wie moet de deur open?").fill(TO_WHOM);
		this.page.getByLabel("Waarom?").fill(WHY);
		this.page.getByLabel("Graag vóór").fill(TestDoetanks.today().plusWeeks(3).toString());
		button("Verzoek versturen").click();
		assertThat(this.page.getByText("Je verzoek is verstuurd.")).isVisible();
		Locator asked = doors().getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(TO_WHOM));
		assertThat(asked).containsText("Gevraagd");
		assertThat(asked).containsText(supporter);
		checkAccessibility("Doetank, a door asked for");
		logOut();

		// 4. The supporter finds the request on Mijn Clubhuis and opens the door.
		logIn(supporterEmail, supporter);
		accountLink("Mijn Clubhuis").click();
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(trekker + " vraagt je een deur te openen naar " + TO_WHOM))
			.click();
		assertThat(heading()).hasText("Een deur naar " + TO_WHOM);
		assertThat(this.page.getByText(WHY)).isVisible();
		checkAccessibility("door request, the supporter asked");
		this.page.getByLabel("De deur is open").check();
		this.page.getByLabel("Toelichting").fill(OPENED);
		button("Antwoord versturen").click();
		assertThat(this.page.getByText("Je antwoord staat bij het verzoek")).isVisible();
		assertThat(this.page.getByText("Deur geopend", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(button("Antwoord versturen")).hasCount(0);
		checkAccessibility("door request, answered");

		// 5. The Doetank's timeline tells both: the overleg and the open door.
		link("← " + title).click();
		assertThat(heading()).hasText(title);
		assertThat(review(REFLECTION)).containsText("Aanwezig: " + coach);
		assertThat(review(REFLECTION)).containsText(secondCoach);
		Locator door = timeline().getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(OPENED));
		assertThat(door).containsText("Deur geopend");
		assertThat(door.getByRole(AriaRole.HEADING)).hasText(TO_WHOM);
		checkAccessibility("Doetank, timeline with the overleg and the open door");

		assertAccessibleAndSelfContained();
	}

	/**
	 * An active Doetank that entered Initiëren on {@code start} and did nothing since
	 * (recorded as the network's history is), so it has been in its phase longer than
	 * usual and quiet for months.
	 */
	private void stalledSince(LocalDate start, String title, MemberPrincipal trekker, MemberPrincipal coach,
			MemberPrincipal supporter) {
		this.history.record(new HistoricalDoetank("een-formulier-" + this.run,
				new DoetankDetails(title,
						"Inwoners vullen voor één Wmo-aanvraag vier formulieren in. Veel mensen haken af.",
						"Eén aanvraag, één formulier.", Theme.ZORG_EN_WELZIJN, List.of("Gemeente Zwolle"),
						EnumSet.noneOf(LookingFor.class), null),
				Phase.INITIEREN, DoetankStatus.ACTIEF, start, null, null, null, null, null, false,
				List.of(new TeamMember(trekker.id(), MembershipRole.TREKKER),
						new TeamMember(coach.id(), MembershipRole.COACH),
						new TeamMember(supporter.id(), MembershipRole.SUPPORTER))));
	}

	/** The row of the Doetank with this title in "Doetanks die stilvallen" on /coach. */
	private Locator stallRow(String title) {
		return region("Doetanks die stilvallen").getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(title));
	}

	private Locator doors() {
		return region("Deuren openen");
	}

}
