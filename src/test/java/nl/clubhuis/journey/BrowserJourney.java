package nl.clubhuis.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.NewMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the journeys in a real browser (headless Chromium) share: one browser per test
 * class, a fresh window per test that records every request it makes, axe-core checks per
 * page, and the steps every journey takes (make an account, log in and out, find a
 * Doetank from the home page). The test classes add the Spring Boot test annotations.
 */
abstract class BrowserJourney {

	static final String PASSWORD = "een lang genoeg wachtwoord";

	static final double TIMEOUT_MS = 15_000;

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	private MemberService members;

	@Autowired
	private DoetankService doetanks;

	/**
	 * Only in journeys that import {@code TestMailServer}: they read the portal's mail.
	 */
	@Autowired(required = false)
	private nl.clubhuis.Inbox inbox;

	/** Makes names and titles unique, as all test classes share one database. */
	final String run = UUID.randomUUID().toString().substring(0, 8);

	final List<String> requestedUrls = new CopyOnWriteArrayList<>();

	final AccessibilityCheck accessibility = new AccessibilityCheck();

	private BrowserContext context;

	Page page;

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
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
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

	/** A member made directly through the service, to start a journey from. */
	MemberPrincipal createMember(String name, String email, String organisation) {
		return this.members.createVerified(new NewMember(name, email, organisation, PASSWORD));
	}

	/** A member with the coach role, made directly through the service. */
	MemberPrincipal createCoach(String name, String email) {
		return createWithRole(name, email, GlobalRole.COACH);
	}

	MemberPrincipal createWithRole(String name, String email, GlobalRole role) {
		MemberPrincipal registered = createMember(name, email, "Netwerk Clubhuis");
		this.members.grant(registered.id(), role);
		return this.members.findByEmail(email).orElseThrow();
	}

	/** A Doetank taken in by the coach, with its trekker: where most journeys start. */
	String anActiveDoetank(String title, MemberPrincipal trekker, MemberPrincipal coach) {
		String slug = this.doetanks.propose(new DoetankDetails(title,
				"Inwoners vullen voor één Wmo-aanvraag vier formulieren in. Veel mensen haken af.",
				"Eén aanvraag, één formulier.", Theme.ZORG_EN_WELZIJN, List.of("Gemeente Deventer"), Set.of(), null),
				trekker);
		this.doetanks.accept(slug, nl.clubhuis.doetank.TestDoetanks.ACCEPTING, coach);
		return slug;
	}

	/**
	 * From any page as a visitor: make an account, follow the link in the verification
	 * mail, log in, and land on the home page.
	 */
	void register(String name, String email, String organisation) {
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Account maken")).click();
		assertThat(heading()).hasText("Account maken");
		checkAccessibility("registration");
		this.page.getByLabel("Naam").fill(name);
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Organisatie").fill(organisation);
		this.page.getByLabel("Wachtwoord").fill(PASSWORD);
		button("Account maken").click();
		assertThat(heading()).hasText("Kijk in je mail");
		checkAccessibility("check your mail");

		this.page.navigate(this.inbox.awaitOne(email).pathOfLink("/bevestigen?code="));
		assertThat(heading()).hasText("E-mailadres bevestigen");
		checkAccessibility("confirm the address");
		button("Bevestig mijn e-mailadres").click();
		assertThat(this.page.getByText("Je e-mailadres is bevestigd.")).isVisible();
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Wachtwoord").fill(PASSWORD);
		button("Inloggen").click();
		assertThat(banner()).containsText(name);
		assertThat(this.page.locator(".unverified-banner")).hasCount(0);
	}

	void logIn(String email, String name) {
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(heading()).hasText("Inloggen");
		checkAccessibility("login");
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Wachtwoord").fill(PASSWORD);
		button("Inloggen").click();
		assertThat(banner()).containsText(name);
	}

	void logOut() {
		banner().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitloggen")).click();
		assertThat(this.page.getByText("Je bent uitgelogd.")).isVisible();
		checkAccessibility("home, just logged out");
	}

	void goHome() {
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Clubhuis").setExact(true)).click();
		assertThat(this.page).hasURL(baseUrl() + "/");
	}

	/**
	 * Go home and follow the card of the Doetank with this title in the given section.
	 */
	void openDoetank(Locator homeSection, String title) {
		if (!this.page.url().equals(baseUrl() + "/")) {
			goHome();
		}
		homeSection.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
		assertThat(heading()).hasText(title);
	}

	/** Runs axe-core on the page as it is now, once per page name. */
	void checkAccessibility(String pageName) {
		if (!this.accessibility.hasChecked(pageName)) {
			this.accessibility.check(this.page, pageName);
		}
	}

	/**
	 * The end of every journey: no page had a WCAG 2.1 A/AA violation, and the browser
	 * asked nothing of any host but the portal itself.
	 */
	void assertAccessibleAndSelfContained() {
		this.accessibility.assertNoViolations();
		assertThat(this.requestedUrls).as("requests the browser made")
			.anyMatch((url) -> url.matches(".*/css/clubhuis-[0-9a-f]{32}\\.css"));
		assertThat(this.requestedUrls).as("requests to anything but the portal itself")
			.filteredOn((url) -> !url.startsWith(baseUrl() + "/"))
			.isEmpty();
	}

	Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	/** A link in the footer, by its exact name. */
	Locator footerLink(String name) {
		return this.page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The header, with its menu opened first where it is folded (on a phone). */
	Locator banner() {
		openTheMenuOnAPhone();
		return this.page.getByRole(AriaRole.BANNER);
	}

	Locator mainMenu() {
		openTheMenuOnAPhone();
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
	}

	/** On a phone the menu is folded behind "Menu": open it, as a person would. */
	void openTheMenuOnAPhone() {
		Locator toggle = this.page.locator("summary.site-menu__toggle");
		if (toggle.isVisible() && this.page.locator("details.site-menu[open]").count() == 0) {
			toggle.click();
		}
	}

	/** An item of the main menu, by its exact name. */
	Locator menuItem(String name) {
		return mainMenu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * A link in the account bar at the top: the work areas of coaches and the redactie.
	 */
	Locator accountLink(String name) {
		return banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator region(String name) {
		return this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name));
	}

	Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The browser tab of this journey. */
	public Page page() {
		return this.page;
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
