package nl.clubhuis.journey;

import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy and accessibility statements from the footer, in Dutch and English, on a
 * phone-sized screen and by keyboard; then a member deletes their account. Every page is
 * checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PrivacyBrowserTest extends BrowserJourney {

	@Test
	void theStatementsAreReachableReadableAndAMemberCanLeave() {
		this.page.navigate("/");
		footerLink("Privacy").click();
		assertThat(heading()).hasText("Privacyverklaring");
		checkAccessibility("privacy statement");
		footerLink("Toegankelijkheid").click();
		assertThat(heading()).hasText("Toegankelijkheidsverklaring");
		checkAccessibility("accessibility statement");
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator(":focus")).hasText("Direct naar de inhoud");
		this.page.setViewportSize(375, 800);
		for (String path : new String[] { "/privacy", "/toegankelijkheid" }) {
			this.page.navigate(path);
			assertThat((Integer) this.page.evaluate("document.documentElement.scrollWidth")).as(path)
				.isLessThanOrEqualTo(375);
		}
		this.page.setViewportSize(1280, 800);
		this.page.navigate("/privacy?lang=en");
		assertThat(heading()).hasText("Privacy statement");
		checkAccessibility("privacy statement in English");
		this.page.navigate("/toegankelijkheid?lang=en");
		assertThat(heading()).hasText("Accessibility statement");
		checkAccessibility("accessibility statement in English");
		this.page.navigate("/privacy?lang=nl");

		String name = "Vera Vertrekt";
		String email = "vera-" + this.run + "@example.org";
		createMember(name, email, "Gemeente Zwolle");
		logIn(email, name);
		this.page.navigate("/privacy");
		link("Verwijder je account").click();
		assertThat(heading()).hasText("Account verwijderen");
		checkAccessibility("delete account");
		button("Account definitief verwijderen").click();
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.containsText("Kies wat er met je berichten en reacties gebeurt.");
		checkAccessibility("delete account with errors");
		this.page.getByLabel("Laten staan, onder „voormalig lid”").check();
		this.page.getByLabel("Je wachtwoord").fill(PASSWORD);
		this.page.getByLabel("Ik begrijp dat mijn account definitief verdwijnt.").check();
		button("Account definitief verwijderen").click();

		assertThat(heading()).hasText("Je account is verwijderd");
		assertThat(banner()).not().containsText(name);
		checkAccessibility("goodbye");
		assertAccessibleAndSelfContained();
	}

}
