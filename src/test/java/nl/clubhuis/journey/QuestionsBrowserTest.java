package nl.clubhuis.journey;

import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member asks the network a question (first with an error), a colleague answers, and
 * the asker marks the answer that helped, without JavaScript-only steps. The list, the
 * form (empty and with its errors) and the question page are checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestMailServer.class })
class QuestionsBrowserTest extends BrowserJourney {

	@Test
	void aMemberAsksAColleagueAnswersAndTheAnswerHelps() {
		String title = "Wie kent een werkvorm voor bewoners " + this.run;
		String askerEmail = "vera-" + this.run + "@example.org";
		createMember("Vera Vraag", askerEmail, "Gemeente Zwolle");
		String colleagueEmail = "ab-" + this.run + "@example.org";
		createMember("Ab Antwoord", colleagueEmail, "Gemeente Utrecht");

		this.page.navigate("/vragen");
		assertThat(heading()).hasText("Vragen");
		checkAccessibility("questions list");
		logIn(askerEmail, "Vera Vraag");
		this.page.navigate("/vragen/nieuw");
		checkAccessibility("ask form");
		button("Vraag stellen").click();
		assertThat(this.page.locator(".error-summary")).containsText("Je vraag in één zin");
		checkAccessibility("ask form with errors");
		this.page.getByLabel("Je vraag in één zin").fill(title);
		this.page.getByLabel("Toelichting").fill("Volgende maand praten we met bewoners over een park.");
		this.page.getByLabel("Facilitatie").check();
		button("Vraag stellen").click();
		assertThat(heading()).hasText(title);
		checkAccessibility("question page of the asker");
		String path = this.page.url().replaceFirst("^https?://[^/]+", "");
		logOut();

		logIn(colleagueEmail, "Ab Antwoord");
		this.page.navigate(path);
		this.page.getByLabel("Antwoord", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.fill("Begin met een wandeling door het park.");
		button("Antwoord plaatsen").click();
		assertThat(this.page.locator(".answer__body")).containsText("wandeling");
		checkAccessibility("question page with an answer");
		logOut();

		logIn(askerEmail, "Vera Vraag");
		this.page.navigate(path);
		button("Dit antwoord hielp mij").click();
		assertThat(this.page.locator(".answer__accepted")).hasText("Dit antwoord hielp");
		assertAccessibleAndSelfContained();
	}

}
