package nl.clubhuis.journey;

import java.util.Set;

import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.TestWerkvormen;
import nl.clubhuis.toolkit.WerkvormService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The toolkit in a real browser (headless Chromium): a trekker records which werkvorm the
 * team used while looking for an opdrachtgever; a visitor in the same spot asks the
 * inspiratiewijzer, opens the suggested werkvorm and finds that Doetank. Every page is
 * checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestDoetanks.class, TestWerkvormen.class })
class ToolkitBrowserTest extends BrowserJourney {

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	WerkvormService werkvormen;

	@Autowired
	GateReviewService reviews;

	@Test
	void aVisitorWithoutAnOpdrachtgeverFindsAWerkvormAndADoetankThatUsedIt() {
		String werkvorm = "Pitch bij de wethouder " + this.run;
		String doetank = "Minder formulieren " + this.run;
		MemberPrincipal redacteur = createWithRole("Rosa Redacteur", "rosa-" + this.run + "@example.org",
				GlobalRole.REDACTEUR);
		this.werkvormen.create(TestWerkvormen.content(werkvorm, Set.of(Phase.SCHETSEN, Phase.ADOPTEREN),
				Set.of(Question.NO_OPDRACHTGEVER)), redacteur);
		MemberPrincipal trekker = createMember("Tineke Trekker", "tineke-" + this.run + "@example.org",
				"Gemeente Deventer");
		MemberPrincipal coach = createCoach("Karel Coach", "karel-" + this.run + "@example.org");
		String slug = anActiveDoetank(doetank, trekker, coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.DOOR), coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.DOOR), coach);

		// The trekker records what the team did to win an opdrachtgever.
		this.page.navigate("/");
		logIn("tineke-" + this.run + "@example.org", "Tineke Trekker");
		this.page.navigate("/doetanks/" + slug);
		link("Werkvorm vastleggen").click();
		assertThat(heading()).hasText("Werkvormen van dit team");
		this.page.getByLabel("Werkvorm", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(werkvorm));
		this.page.getByLabel("In welke fase?")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("3 Adopteren"));
		this.page.getByLabel("Wat deden jullie ermee?")
			.fill("We pitchten twee minuten bij de wethouder, met één verhaal van een inwoner.");
		button("Vastleggen").click();
		assertThat(this.page.getByText("De werkvorm is vastgelegd.")).isVisible();
		checkAccessibility("werkvormen of a Doetank");
		logOut();

		// A visitor whose Doetank has no opdrachtgever asks the inspiratiewijzer.
		menuItem("Inspiratiewijzer").click();
		assertThat(heading()).hasText("Inspiratiewijzer");
		checkAccessibility("inspiratiewijzer");
		this.page.getByLabel("3 Adopteren").check();
		this.page.getByLabel("We hebben (nog) geen opdrachtgever").check();
		button("Laat zien wat helpt").click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Dit kan jullie helpen")))
			.isVisible();
		checkAccessibility("inspiratiewijzer, suggestions");
		link(werkvorm).click();

		assertThat(heading()).hasText(werkvorm);
		checkAccessibility("werkvorm");
		String werkvormPage = this.page.url();
		assertThat(this.page.getByText("We pitchten twee minuten bij de wethouder")).isVisible();
		link(doetank).click();
		assertThat(heading()).hasText(doetank);
		assertThat(this.page.getByText("We pitchten twee minuten bij de wethouder")).isVisible();

		// The toolkit, the route and the partners pass the same checks.
		menuItem("Toolkit").click();
		checkAccessibility("toolkit");
		menuItem("Zelf een Doetank starten?").click();
		checkAccessibility("route");
		menuItem("Partners").click();
		checkAccessibility("partners");
		this.page.navigate("/toolkit/printbaar/gatekeepers-checklist?fase=ADOPTEREN");
		checkAccessibility("printable gate checklist");
		this.page.navigate("/toolkit/printbaar/customer-journey-canvas");
		checkAccessibility("printable customer journey canvas");

		// The redactie no longer recommends the werkvorm; its page says why.
		logIn("rosa-" + this.run + "@example.org", "Rosa Redacteur");
		this.page.navigate(werkvormPage);
		link("Bewerken").click();
		checkAccessibility("werkvorm form");
		this.page.getByLabel("Waarom niet meer (niet verplicht)").fill("Een wethouder wil liever een bezoek.");
		button("Niet meer aanraden").click();
		assertThat(this.page.locator(".werkvorm__retired")).containsText("Een wethouder wil liever een bezoek.");
		checkAccessibility("werkvorm no longer recommended");
		assertAccessibleAndSelfContained();
	}

}
