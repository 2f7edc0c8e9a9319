package nl.clubhuis.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.Inbox;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestMailServer;
import nl.clubhuis.member.GlobalRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The account journey of issue 13 in a real browser: register, read the verification
 * mail, verify, log out, forget the password, follow the mailed link, choose a new one
 * and log in with it; then a beheerder makes that member coach, who then finds /coach.
 * Every page on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestMailServer.class })
class AccountBrowserTest extends BrowserJourney {

	private static final String NEW_PASSWORD = "een ander lang wachtwoord";

	@Autowired
	private Inbox inbox;

	@Test
	void aNewMemberVerifiesRecoversTheirPasswordAndIsMadeCoach() {
		String name = "Nina Nieuw " + this.run;
		String email = "nina-" + this.run + "@example.org";
		String beheerder = "Bram Beheer";
		String beheerderEmail = "bram-" + this.run + "@example.org";
		createWithRole(beheerder, beheerderEmail, GlobalRole.BEHEERDER);

		this.page.navigate("/");
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Account maken")).click();
		checkAccessibility("registration");
		this.page.getByLabel("Naam").fill(name);
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Organisatie").fill("Gemeente Deventer");
		this.page.getByLabel("Wachtwoord").fill(PASSWORD);
		button("Account maken").click();
		assertThat(heading()).hasText("Kijk in je mail");
		checkAccessibility("check your mail");

		// Before verifying, she can log in and read; the banner explains why she cannot
		// write.
		logInWith(email, PASSWORD, name);
		assertThat(this.page.locator(".unverified-banner")).isVisible();
		this.page.navigate("/mijn/bevestigen");
		assertThat(heading()).hasText("Bevestig eerst je e-mailadres");
		checkAccessibility("why verify");

		this.page.navigate(this.inbox.awaitOne(email).pathOfLink("/bevestigen?code="));
		assertThat(heading()).hasText("E-mailadres bevestigen");
		checkAccessibility("confirm the address");
		button("Bevestig mijn e-mailadres").click();
		assertThat(this.page.getByText("Je e-mailadres is bevestigd.")).isVisible();
		assertThat(this.page.locator(".unverified-banner")).hasCount(0);
		accountLink("Mijn account").click();
		assertThat(heading()).hasText("Mijn account");
		checkAccessibility("my account");
		logOut();

		// She forgets her password and chooses a new one through the mailed link.
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen")).click();
		link("Wachtwoord vergeten?").click();
		assertThat(heading()).hasText("Wachtwoord vergeten");
		checkAccessibility("forgot password");
		this.page.getByLabel("E-mailadres").fill(email);
		button("Stuur me een link").click();
		assertThat(this.page.getByText("Als er een account is met dit e-mailadres")).isVisible();
		checkAccessibility("forgot password, sent");
		this.page.navigate(this.inbox.await(email, 2).get(1).pathOfLink("/wachtwoord-kiezen?code="));
		assertThat(heading()).hasText("Kies een nieuw wachtwoord");
		checkAccessibility("choose a password");
		this.page.getByLabel("Nieuw wachtwoord").fill("aaaaaaaaaaaa");
		button("Wachtwoord opslaan").click();
		assertThat(heading()).hasText("Kies een nieuw wachtwoord");
		checkAccessibility("choose a password, refused");
		this.page.getByLabel("Nieuw wachtwoord").fill(NEW_PASSWORD);
		button("Wachtwoord opslaan").click();
		assertThat(this.page.getByText("Je nieuwe wachtwoord is opgeslagen.")).isVisible();
		checkAccessibility("login after a new password");
		fillLogin(email, NEW_PASSWORD);
		assertThat(banner()).containsText(name);
		assertThat(accountLink("Intake")).hasCount(0);
		logOut();

		// A beheerder makes her coach.
		logInWith(beheerderEmail, PASSWORD, beheerder);
		this.page.navigate("/beheer");
		this.page.getByLabel("Naam, e-mailadres of organisatie").fill(email);
		button("Zoeken").click();
		link(name).click();
		assertThat(heading()).hasText(name);
		button("Maak Coach").click();
		assertThat(this.page.getByText("De rol is toegekend.")).isVisible();
		logOut();

		logInWith(email, NEW_PASSWORD, name);
		accountLink("Intake").click();
		assertThat(heading()).hasText("Voor coaches");
		checkAccessibility("coach");
		assertAccessibleAndSelfContained();
	}

	private void logInWith(String email, String password, String name) {
		banner().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(heading()).hasText("Inloggen");
		fillLogin(email, password);
		assertThat(banner()).containsText(name);
	}

	private void fillLogin(String email, String password) {
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Wachtwoord", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.fill(password);
		button("Inloggen").click();
	}

}
