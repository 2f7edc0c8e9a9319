package nl.clubhuis.journey;

import nl.clubhuis.Inbox;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestMailServer;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member mails the trekker of a Doetank from its page; the trekker reports the message
 * from the mail, and a beheerder finds it. The message form (empty, with its errors, and
 * sent), the settings, the report pages and the beheer page are checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestMailServer.class })
class ContactBrowserTest extends BrowserJourney {

	@Autowired
	private Inbox mailbox;

	@Test
	void aMemberMailsTheTrekkerWhoReportsItToTheBeheerders() {
		String title = "Berichten zonder adres " + this.run;
		String trekkerEmail = "tara-" + this.run + "@example.org";
		MemberPrincipal trekker = createMember("Tara Trekker", trekkerEmail, "Gemeente Almere");
		String slug = anActiveDoetank(title, trekker, createCoach("Cas Coach", "cas-" + this.run + "@example.org"));
		String memberEmail = "mo-" + this.run + "@example.org";
		createMember("Mo Melder", memberEmail, "Provincie Utrecht");
		String beheerderEmail = "ben-" + this.run + "@example.org";
		createWithRole("Ben Beheer", beheerderEmail, GlobalRole.BEHEERDER);

		this.page.navigate("/doetanks/" + slug);
		logIn(memberEmail, "Mo Melder");
		this.page.navigate("/doetanks/" + slug);
		link("Mail de trekker(s)").click();
		assertThat(heading()).hasText("Mail de trekker(s) van " + title);
		checkAccessibility("message form");
		button("Verstuur bericht").click();
		assertThat(this.page.locator(".error-summary")).containsText("Onderwerp");
		checkAccessibility("message form with errors");
		this.page.getByLabel("Onderwerp").fill("Kan ik helpen?");
		this.page.getByLabel("Bericht", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.fill("Ik ken de Wmo van binnenuit.");
		this.page.getByLabel("Deel mijn e-mailadres zodat de ontvanger kan antwoorden").check();
		button("Verstuur bericht").click();
		assertThat(heading()).hasText("Je bericht is verstuurd");
		assertThat(this.page.locator("main")).not().containsText(trekkerEmail);
		checkAccessibility("message sent");
		this.page.navigate("/mijn/berichten-instellingen");
		assertThat(heading()).hasText("Berichten van andere leden");
		checkAccessibility("message settings");
		logOut();

		this.page.navigate(this.mailbox.awaitOne(trekkerEmail).pathOfLink("/berichten/melden?code="));
		assertThat(heading()).hasText("Bericht melden");
		checkAccessibility("report a message");
		button("Meld dit bericht").click();
		assertThat(heading()).hasText("Bedankt voor je melding");
		checkAccessibility("message reported");

		logIn(beheerderEmail, "Ben Beheer");
		this.page.navigate("/beheer");
		link("Gemelde berichten").click();
		assertThat(this.page.locator("main")).containsText("Kan ik helpen?");
		assertThat(this.page.locator("main")).containsText("Ik ken de Wmo van binnenuit.");
		checkAccessibility("reported messages");
		link("Naar Mo Melder (blokkeren)").first().click();
		assertThat(heading()).hasText("Mo Melder");
		assertAccessibleAndSelfContained();
	}

}
