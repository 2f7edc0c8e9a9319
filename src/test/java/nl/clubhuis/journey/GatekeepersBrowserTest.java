package nl.clubhuis.journey;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankService;
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
 * The route of a Doetank in a real browser (headless Chromium): its trekker asks for a
 * gatekeepers-overleg, the coach finds the request, records the overleg (first missing a
 * checkpoint) with the decision "door", and the timeline shows the next phase; a second
 * overleg stops the Doetank, and its lessons appear among the lessons of the network.
 * Every page state on the way is checked with axe-core for WCAG 2.1 A/AA, and every
 * request the browser makes must go to the portal itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class GatekeepersBrowserTest extends BrowserJourney implements GatekeepersSteps {

	private static final String NOTE = "We hebben een team van vijf, met twee inwoners die het zelf meemaakten.";

	private static final String DOOR_REFLECTION = "Het team is compleet en het vraagstuk is scherp afgebakend.";

	private static final String STOP_REFLECTION = "Na drie maanden schetsen wil geen organisatie het oppakken.";

	private static final String STOP_REASON = "Geen enkele gemeente wilde opdrachtgever worden.";

	private static final String LESSONS = "Zoek al in de eerste fase een opdrachtgever met mandaat.";

	@Test
	void aTrekkerAsksForAnOverlegAndTheCoachMovesTheDoetankOnAndLaterStopsIt() {
		String title = "Minder formulieren bij de Wmo " + this.run;
		String trekker = "Tessa Trekker";
		String trekkerEmail = "tessa-" + this.run + "@example.org";
		String coach = "Carla Coach";
		String coachEmail = "carla-" + this.run + "@example.org";
		anActiveDoetank(title, createMember(trekker, trekkerEmail, "Gemeente Deventer"),
				createCoach(coach, coachEmail));
		// An overleg is an intervision among coaches: a second one takes part.
		String secondCoach = "Gijs Gatekeeper " + this.run;
		createCoach(secondCoach, "gijs-" + this.run + "@example.org");

		// The trekker thinks the team is ready for the next phase and asks for an
		// overleg.
		this.page.navigate("/");
		logIn(trekkerEmail, trekker);
		openDoetank(region("Jouw Doetanks"), title);
		assertThat(this.page.getByText("Fase 1 van 6: Initiëren")).isVisible();
		assertThat(timeline().getByRole(AriaRole.HEADING,
				new Locator.GetByRoleOptions().setName("Klaar voor het gatekeepers-overleg?")))
			.isVisible();
		checkAccessibility("Doetank, trekker who may ask for a gatekeepers-overleg");
		this.page.getByLabel("Toelichting voor de coaches").fill(NOTE);
		button("Vraag een gatekeepers-overleg aan").click();
		assertThat(this.page.getByText("Je vraag om een gatekeepers-overleg is verstuurd.")).isVisible();
		assertThat(timeline()).containsText("Gatekeepers-overleg gevraagd door " + trekker);
		assertThat(timeline()).containsText(NOTE);
		assertThat(this.page.getByLabel("Toelichting voor de coaches")).hasCount(0);
		checkAccessibility("Doetank, trekker after asking for a gatekeepers-overleg");
		logOut();

		// The coach finds the request on the coach overview and opens the Doetank.
		logIn(coachEmail, coach);
		accountLink("Intake").click();
		assertThat(heading()).hasText("Voor coaches");
		Locator request = region("Gevraagde gatekeepers-overleggen").getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(title));
		assertThat(request).containsText("Gatekeepers-overleg gevraagd door " + trekker);
		assertThat(request).containsText("Fase: Initiëren");
		assertThat(request).containsText(NOTE);
		checkAccessibility("coach overview, with a gatekeepers request");
		request.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
		assertThat(heading()).hasText(title);
		assertThat(timeline()).containsText("Gatekeepers-overleg gevraagd door " + trekker);
		checkAccessibility("Doetank, coach with a gatekeepers request");

		// The coach records the overleg, first forgetting one checkpoint.
		link("Gatekeepers-overleg vastleggen").click();
		assertThat(heading()).hasText("Gatekeepers-overleg");
		assertThat(this.page.getByText("De Doetank zit nu in de fase Initiëren.")).isVisible();
		assertThat(this.page.getByText(NOTE)).isVisible();
		// Today, in the one format a date input shows.
		assertThat(this.page.getByLabel("Datum van het overleg")).hasValue(Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$"));
		checkAccessibility("gatekeepers form in Initiëren, empty");
		Locator checkpoints = checkpoints();
		int checkpointCount = checkpoints.count();
		assertThat(checkpointCount).as("checkpoints of Initiëren").isGreaterThan(1);
		for (int i = 0; i < checkpointCount - 1; i++) {
			answer(checkpoints.nth(i), "ja").check();
		}
		this.page.getByLabel(secondCoach).check();
		reflection().fill(DOOR_REFLECTION);
		decision("Door").check();
		button("Overleg vastleggen").click();

		Locator forgotten = checkpoints.nth(checkpointCount - 1);
		Locator errors = this.page.getByRole(AriaRole.ALERT);
		assertThat(errors).containsText("Controleer de volgende velden");
		assertThat(errors.getByRole(AriaRole.LISTITEM)).hasCount(1);
		assertThat(errors.getByRole(AriaRole.LISTITEM)).containsText("Kies ja, nog niet of n.v.t.");
		assertThat(forgotten).containsText("Kies ja, nog niet of n.v.t.");
		assertThat(reflection()).hasValue(DOOR_REFLECTION);
		assertThat(answer(checkpoints.first(), "ja")).isChecked();
		assertThat(decision("Door")).isChecked();
		assertThat(this.page.getByLabel(secondCoach)).isChecked();
		checkAccessibility("gatekeepers form in Initiëren, with errors");

		answer(forgotten, "ja").check();
		button("Overleg vastleggen").click();
		assertThat(heading()).hasText(title);
		assertThat(this.page.getByText("Het overleg is vastgelegd: de Doetank gaat door naar de volgende fase."))
			.isVisible();
		assertThat(this.page.getByText("Fase 2 van 6: Schetsen")).isVisible();
		assertThat(stageHeadings()).containsText(new String[] { "Initiëren", "Schetsen" });
		assertThat(timeline()).containsText("Door naar deze fase na een gatekeepers-overleg.");
		Locator door = review(DOOR_REFLECTION);
		assertThat(door.getByRole(AriaRole.HEADING)).containsText("Door");
		assertThat(door).containsText("Aanwezig: " + coach);
		assertThat(door).containsText(secondCoach);
		assertThat(door).containsText("Checklist: " + checkpointCount + " van " + checkpointCount + " keer ja");
		assertThat(timeline()).not().containsText("Gatekeepers-overleg gevraagd door");
		checkAccessibility("Doetank with its timeline, after door");

		// The request has been answered.
		accountLink("Intake").click();
		assertThat(region("Gevraagde gatekeepers-overleggen"))
			.containsText("Geen Doetank van jou vraagt nu om een gatekeepers-overleg.");
		Locator attended = region("Overleggen waar je bij was").getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(title));
		assertThat(attended).containsText("Initiëren");
		assertThat(attended).containsText("Door");
		checkAccessibility("coach overview, no gatekeepers requests, one overleg attended");

		// A second overleg, in Schetsen: the Doetank stops.
		openDoetank(region("Jouw Doetanks"), title);
		link("Gatekeepers-overleg vastleggen").click();
		assertThat(this.page.getByText("De Doetank zit nu in de fase Schetsen.")).isVisible();
		checkAccessibility("gatekeepers form in Schetsen, empty");
		checkpoints = checkpoints();
		assertThat(checkpoints.count()).as("checkpoints of Schetsen").isPositive();
		for (int i = 0; i < checkpoints.count(); i++) {
			answer(checkpoints.nth(i), "nog niet").check();
		}
		this.page.getByLabel(secondCoach).check();
		reflection().fill(STOP_REFLECTION);
		decision("Stoppen").check();
		textbox("Waarom stopt de Doetank?").fill(STOP_REASON);
		textbox("Lessen voor het netwerk").fill(LESSONS);
		button("Overleg vastleggen").click();
		assertThat(heading()).hasText(title);
		assertThat(this.page.getByText("Het overleg is vastgelegd: de Doetank is gestopt.")).isVisible();
		Locator whyStopped = region("Waarom deze Doetank stopte");
		assertThat(whyStopped).containsText(STOP_REASON);
		assertThat(whyStopped).containsText(LESSONS);
		assertThat(this.page.getByText("Fase 2 van 6: Schetsen")).isVisible();
		Locator stop = review(STOP_REFLECTION);
		assertThat(stop.getByRole(AriaRole.HEADING)).containsText("Stoppen");
		assertThat(stop).containsText(STOP_REASON);
		assertThat(review(DOOR_REFLECTION)).isVisible();
		assertThat(link("Gatekeepers-overleg vastleggen")).hasCount(0);
		checkAccessibility("Doetank stopped, with its timeline");

		// The lessons of the network now include this Doetank, on the first page as the
		// newest stop comes first.
		menuItem("Lessen").click();
		assertThat(heading()).hasText("Wat we leerden van Doetanks die stopten");
		Locator lesson = this.page.getByRole(AriaRole.ARTICLE)
			.filter(new Locator.FilterOptions().setHas(
					this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))));
		assertThat(lesson).containsText("Gestopt in de fase Schetsen");
		assertThat(lesson).containsText(STOP_REASON);
		assertThat(lesson).containsText(LESSONS);
		checkAccessibility("lessons of the network");

		assertAccessibleAndSelfContained();
	}

	/** The headings of the stages in the timeline, one per stay in a phase. */
	private Locator stageHeadings() {
		return timeline().getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3));
	}

}
