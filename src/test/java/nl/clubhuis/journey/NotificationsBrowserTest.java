package nl.clubhuis.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.Inbox;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestMailServer;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.notifications.domain.TestDigests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 end to end, as the members do it in a browser without JavaScript-only steps: a
 * member follows a Doetank and an expertise; the coach moves the Doetank on after a
 * gatekeepers-overleg and the member sees it in the header count and among their
 * notifications; a colleague asks a question with that expertise, the member answers it
 * from the notification, the asker marks the answer that helped and the member hears so.
 * The weekly digest lists what happened, and its unsubscribe link, opened without logging
 * in, turns the digest off (a forged link changes nothing). Every new page of the issue
 * is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestMailServer.class })
class NotificationsBrowserTest extends BrowserJourney implements GatekeepersSteps {

	private static final String LID = "Lotte Lid";

	private static final String ASKER = "Vera Vraag";

	private static final String COACH = "Carla Coach";

	@Autowired
	private Inbox inbox;

	@Autowired
	ApplicationContext context;

	@Test
	void aMemberHearsWhatMovesInTheNetworkOnTheSiteAndInTheWeeklyDigest() {
		String title = "Minder formulieren bij de Wmo " + this.run;
		String question = "Wie kent een werkvorm voor een buurtgesprek " + this.run;
		String lidEmail = "lotte-" + this.run + "@example.org";
		String askerEmail = "vera-" + this.run + "@example.org";
		String coachEmail = "carla-" + this.run + "@example.org";
		MemberPrincipal lid = createMember(LID, lidEmail, "Gemeente Zwolle");
		createMember(ASKER, askerEmail, "Gemeente Ede");
		String slug = anActiveDoetank(title,
				createMember("Tessa Trekker", "tessa-" + this.run + "@example.org", "Gemeente Deventer"),
				createCoach(COACH, coachEmail));
		String secondCoach = "Gijs Gatekeeper " + this.run;
		createCoach(secondCoach, "gijs-" + this.run + "@example.org");

		memberSaysWhatTheyKnowAndFollowsTheDoetankAndTheExpertise(lidEmail, slug, title);
		coachMovesTheDoetankOn(coachEmail, slug, title, secondCoach);

		// The member sees it in the header and among their notifications.
		logIn(lidEmail, LID);
		assertThat(notificationsLink()).hasAttribute("aria-label", "Meldingen, 1 ongelezen");
		notificationsLink().click();
		assertThat(heading()).hasText("Meldingen");
		Locator phase = notification(title + " ging naar de fase Schetsen.");
		assertThat(phase).containsText("Besluit van het gatekeepers-overleg: door naar de volgende fase.");
		checkAccessibility("my notifications, one unread");
		phase.getByRole(AriaRole.BUTTON).click();
		assertThat(heading()).hasText(title);
		assertThat(notificationsLink()).not().hasAttribute("aria-label", "Meldingen, 1 ongelezen");
		logOut();

		String questionPath = colleagueAsks(askerEmail, question);
		memberAnswersFromTheNotification(lidEmail, question);

		// The asker marks the answer that helped, and reports nothing (the form only).
		logIn(askerEmail, ASKER);
		this.page.navigate(questionPath);
		button("Dit antwoord hielp mij").click();
		assertThat(this.page.locator(".answer__accepted")).hasText("Dit antwoord hielp");
		this.page.locator(".answer__report").getByRole(AriaRole.LINK).click();
		assertThat(heading()).hasText("Melden");
		checkAccessibility("report form");
		button("Melden").click();
		assertThat(this.page.locator(".error-summary")).containsText("Waarom meld je dit?");
		checkAccessibility("report form with errors");
		logOut();

		logIn(lidEmail, LID);
		assertThat(notificationsLink()).hasAttribute("aria-label", "Meldingen, 1 ongelezen");
		notificationsLink().click();
		assertThat(notification("Je antwoord op „" + question + "” hielp de vraagsteller verder")).isVisible();
		logOut();

		// A week later the weekly digest lists both, with a link to unsubscribe from it.
		assertThat(TestDigests.sendWeekLater(this.context, lid.id())).isEqualTo(1);
		Inbox.Mail digest = this.inbox.await(lidEmail, 1)
			.stream()
			.filter((mail) -> mail.subject().equals("Wat er speelde in het Clubhuis"))
			.findFirst()
			.orElseThrow();
		assertThat(digest.text()).contains(title + " ging naar de fase Schetsen.",
				"Je antwoord op „" + question + "” hielp de vraagsteller verder");
		String unsubscribe = digest.pathOfLink("/afmelden?t=");

		this.page.navigate(unsubscribe + "x");
		assertThat(heading()).hasText("Deze pagina bestaat niet");
		checkAccessibility("unsubscribe with a forged link");
		this.page.navigate(unsubscribe);
		assertThat(heading()).hasText("Afmelden voor mail");
		assertThat(this.page.locator(".unsubscribe__what")).containsText("De samenvatting van je meldingen");
		checkAccessibility("unsubscribe, asked");
		button("Afmelden").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Gelukt. Je krijgt hierover geen mail meer");
		checkAccessibility("unsubscribe, done");

		logIn(lidEmail, LID);
		this.page.navigate("/mijn/meldingen");
		link("Meldingen per mail").click();
		assertThat(heading()).hasText("Meldingen per mail");
		assertThat(this.page.getByLabel("Samenvatting per mail")).hasValue("NEVER");
		assertThat(this.page.getByLabel("Mijn antwoord hielp de vraagsteller verder")).hasValue("DIGEST");
		checkAccessibility("mail settings");
		assertAccessibleAndSelfContained();
	}

	/**
	 * The member names their expertise on their profile, follows the Doetank from its
	 * page and the expertise from "Wat ik volg".
	 */
	private void memberSaysWhatTheyKnowAndFollowsTheDoetankAndTheExpertise(String email, String slug, String title) {
		this.page.navigate("/");
		logIn(email, LID);
		accountLink("Mijn profiel").click();
		this.page.getByLabel("Functie").fill("Procesbegeleider");
		exactLabel("Facilitatie").check();
		button("Profiel opslaan").click();
		assertThat(this.page.getByText("Je profiel is opgeslagen.")).isVisible();

		this.page.navigate("/doetanks/" + slug);
		assertThat(heading()).hasText(title);
		button("Volgen").click();
		assertThat(this.page.getByText("Je volgt dit nu.")).isVisible();
		assertThat(button("Je volgt dit ✓ (niet meer volgen)")).hasAttribute("aria-pressed", "true");

		notificationsLink().click();
		assertThat(this.page.getByText("Nog geen meldingen.")).isVisible();
		checkAccessibility("my notifications, none yet");
		link("Wat ik volg").click();
		assertThat(heading()).hasText("Wat ik volg");
		assertThat(region("Doetanks")).containsText(title);
		this.page.getByLabel("Expertise", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Facilitatie"));
		button("Volgen").click();
		assertThat(region("Expertises")).containsText("Facilitatie");
		checkAccessibility("what I follow");
		logOut();
	}

	/** The coach records a gatekeepers-overleg that moves the Doetank on. */
	private void coachMovesTheDoetankOn(String email, String slug, String title, String secondCoach) {
		logIn(email, COACH);
		this.page.navigate("/doetanks/" + slug);
		link("Gatekeepers-overleg vastleggen").click();
		Locator checkpoints = checkpoints();
		for (int i = 0; i < checkpoints.count(); i++) {
			answer(checkpoints.nth(i), "ja").check();
		}
		this.page.getByLabel(secondCoach).check();
		reflection().fill("Het team is compleet en het vraagstuk is scherp.");
		decision("Door").check();
		button("Overleg vastleggen").click();
		assertThat(heading()).hasText(title);
		assertThat(this.page.getByText("Fase 2 van 6: Schetsen")).isVisible();
		logOut();
	}

	/** A colleague asks a question with the expertise; returns its path. */
	private String colleagueAsks(String email, String question) {
		logIn(email, ASKER);
		this.page.navigate("/vragen");
		link("Stel een vraag").click();
		this.page.getByLabel("Je vraag in één zin").fill(question);
		this.page.getByLabel("Toelichting").fill("Volgende maand praten we met bewoners over hun buurt.");
		exactLabel("Facilitatie").check();
		button("Vraag stellen").click();
		assertThat(heading()).hasText(question);
		String path = this.page.url().replaceFirst("^https?://[^/]+", "");
		logOut();
		return path;
	}

	/** The member hears of the question, opens it from the notification and answers. */
	private void memberAnswersFromTheNotification(String email, String question) {
		logIn(email, LID);
		notificationsLink().click();
		notification("Nieuwe vraag: " + question).getByRole(AriaRole.BUTTON).click();
		assertThat(heading()).hasText(question);
		exactLabel("Antwoord").fill("Begin met een wandeling door de buurt.");
		button("Antwoord plaatsen").click();
		assertThat(this.page.locator(".answer__body")).containsText("wandeling");
		logOut();
	}

	private Locator notificationsLink() {
		return banner().getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Meldingen")));
	}

	private Locator notification(String text) {
		return this.page.locator(".notification").filter(new Locator.FilterOptions().setHasText(text));
	}

	private Locator exactLabel(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

}
