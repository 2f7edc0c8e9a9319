package nl.clubhuis.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.NewMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core journey of the portal in a real browser (headless Chromium): a visitor
 * registers and brings in a vraagstuk, a coach takes it in as a Doetank, a second member
 * asks to join and the trekker approves. Every page on the way is checked with axe-core
 * for WCAG 2.1 A/AA, and every request the browser makes must go to the portal itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class DoetankJourneyBrowserTest {

	private static final String PASSWORD = "een lang genoeg wachtwoord";

	private static final String VRAAGSTUK = "Inwoners vullen voor één Wmo-aanvraag vier formulieren in.\n"
			+ "Veel mensen haken af voordat ze hulp krijgen.";

	private static final String MOTIVATION = "Ik werk bij het Wmo-loket en help graag formulieren schrappen.";

	private static final double TIMEOUT_MS = 15_000;

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	private MemberService members;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final List<String> requestedUrls = new CopyOnWriteArrayList<>();

	private final AccessibilityCheck accessibility = new AccessibilityCheck();

	private BrowserContext context;

	private Page page;

	@BeforeAll
	static void launchBrowser() {
		Path chromium = systemChromium();
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking"));
		if (chromium != null) {
			// A browser from the system: Playwright must not try to download its own.
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			options.setExecutablePath(chromium);
		}
		else {
			playwright = Playwright.create();
		}
		browser = playwright.chromium().launch(options);
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
	}

	/**
	 * CHROMIUM_PATH if set, else /usr/bin/chromium if it exists, else null: Playwright's
	 * own browser.
	 */
	private static Path systemChromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured);
		}
		Path debian = Paths.get("/usr/bin/chromium");
		return Files.isExecutable(debian) ? debian : null;
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openBrowserWindow() {
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("nl-NL"));
		this.context.setDefaultTimeout(TIMEOUT_MS);
		this.context.onRequest((request) -> this.requestedUrls.add(request.url()));
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowserWindow() {
		if (this.context != null) {
			this.context.close();
		}
	}

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
		mainMenu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vraagstuk inbrengen")).click();
		assertThat(heading()).hasText("Breng een vraagstuk in");
		checkAccessibility("new vraagstuk");
		this.page.getByLabel("Het vraagstuk").fill(VRAAGSTUK);
		this.page.getByLabel("Ambitie").fill("Eén aanvraag, één formulier, binnen een jaar in drie gemeenten.");
		this.page.getByLabel("Thema").selectOption(new SelectOption().setLabel("Zorg en welzijn"));
		this.page.getByLabel("Jouw organisatie").fill("Gemeente Zwolle");
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
		mainMenu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Intake")).click();
		assertThat(heading()).hasText("Voor coaches");
		checkAccessibility("intake overview, coach");
		openProposalForIntake(title);
		assertThat(region("Intake")).containsText("Neem het daarna aan of wijs het af");
		checkAccessibility("Doetank waiting for intake, coach");
		button("Aannemen als Doetank").click();
		assertThat(this.page.getByText("Het vraagstuk is aangenomen.")).isVisible();
		assertThat(this.page.getByText("Fase 1 van 6: Initiëren")).isVisible();
		assertThat(teamMember("Trekker", trekker)).isVisible();
		assertThat(teamMember("Coach", coach)).isVisible();
		checkAccessibility("Doetank active, coach");
		logOut();

		// A second visitor comes across the new Doetank, makes an account and asks to
		// join.
		mainMenu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Doetanks").setExact(true)).click();
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
		logOut();

		// The trekker sees the request on her Doetank's page and approves it.
		logIn(trekkerEmail, trekker);
		openDoetank(region("Jouw Doetanks"), title);
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

		this.accessibility.assertNoViolations();
		assertThat(this.requestedUrls).as("requests the browser made")
			.anyMatch((url) -> url.endsWith("/css/clubhuis.css"));
		assertThat(this.requestedUrls).as("requests to anything but the portal itself")
			.filteredOn((url) -> !url.startsWith(baseUrl() + "/"))
			.isEmpty();
	}

	private void createCoach(String name, String email) {
		MemberPrincipal coach = this.members.register(new NewMember(name, email, "Netwerk Clubhuis", PASSWORD));
		this.members.grant(coach.id(), GlobalRole.COACH);
	}

	/**
	 * From any page as a visitor: make an account, and land logged in on the home page.
	 */
	private void register(String name, String email, String organisation) {
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Account maken")).click();
		assertThat(heading()).hasText("Account maken");
		checkAccessibility("registration");
		this.page.getByLabel("Naam").fill(name);
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Organisatie").fill(organisation);
		this.page.getByLabel("Wachtwoord").fill(PASSWORD);
		button("Account maken").click();
		assertThat(this.page.getByText("Welkom bij het Clubhuis! Je bent ingelogd.")).isVisible();
		assertThat(banner()).containsText(name);
	}

	private void logIn(String email, String name) {
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(heading()).hasText("Inloggen");
		checkAccessibility("login");
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Wachtwoord").fill(PASSWORD);
		button("Inloggen").click();
		assertThat(banner()).containsText(name);
	}

	private void logOut() {
		banner().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitloggen")).click();
		assertThat(this.page.getByText("Je bent uitgelogd.")).isVisible();
		checkAccessibility("home, just logged out");
	}

	private void goHome() {
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Clubhuis")).click();
		assertThat(this.page).hasURL(baseUrl() + "/");
	}

	/**
	 * Go home and follow the card of the Doetank with this title in the given section.
	 */
	private void openDoetank(Locator homeSection, String title) {
		if (!this.page.url().equals(baseUrl() + "/")) {
			goHome();
		}
		homeSection.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
		assertThat(heading()).hasText(title);
	}

	/** Proposals are listed oldest first, so leaf through the pages until it shows. */
	private void openProposalForIntake(String title) {
		Locator proposal = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(title).setExact(true));
		Locator next = this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Volgende"));
		while (proposal.count() == 0 && next.count() > 0) {
			String current = this.page.url();
			next.click();
			assertThat(this.page).not().hasURL(current);
		}
		proposal.click();
		assertThat(heading()).hasText(title);
	}

	private void checkAccessibility(String pageName) {
		if (!this.accessibility.hasChecked(pageName)) {
			this.accessibility.check(this.page, pageName);
		}
	}

	private Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private Locator banner() {
		return this.page.getByRole(AriaRole.BANNER);
	}

	private Locator mainMenu() {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
	}

	private Locator region(String name) {
		return this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
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

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
