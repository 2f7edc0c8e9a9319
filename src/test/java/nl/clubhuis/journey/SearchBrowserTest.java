package nl.clubhuis.journey;

import java.nio.file.Paths;
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
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 17's search as a visitor uses it: a word from the lessons of a stopped Doetank,
 * typed in the header's search box, finds the lesson; the visitor narrows the results to
 * lessons and opens it on the Doetank's page. On a phone the search box fits the header.
 * axe-core checks /zoeken with results, narrowed, and empty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class SearchBrowserTest extends BrowserJourney {

	@Autowired
	DoetankHistory history;

	@Test
	void aVisitorFindsTheLessonOfAStoppedDoetank() {
		StringBuilder letters = new StringBuilder();
		this.run.chars().forEach((c) -> letters.append((char) ('k' + Character.digit(c, 16))));
		String word = "Buurtbudget" + letters;
		String title = "Eigen budget voor de buurt " + this.run;
		MemberPrincipal trekker = createMember("Bram Buurt", "bram-" + this.run + "@example.org", "Gemeente Zeist");
		String slug = "buurtbudget-" + this.run;
		this.history.record(new HistoricalDoetank(slug,
				new DoetankDetails(title, "Bewoners willen zelf beslissen over een deel van het " + word + ".", null,
						Theme.WIJK_EN_PARTICIPATIE, List.of("Gemeente Zeist"), EnumSet.noneOf(LookingFor.class), null),
				Phase.SCHETSEN, DoetankStatus.GESTOPT, LocalDate.of(2019, 2, 1), null, null, null,
				"De raad wilde het budget niet uit handen geven.",
				"Betrek de raad voor het " + word + " al bij het schetsen, niet pas bij het besluit.", false,
				List.of(new TeamMember(trekker.id(), MembershipRole.TREKKER))));

		this.page.navigate("/");
		banner().getByLabel("Zoek in Clubhuis").fill(word);
		banner().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(heading()).hasText("Zoeken");
		Locator results = this.page.locator(".search-result");
		assertThat(results).hasCount(2);
		assertThat(this.page.locator(".search-result__snippet mark").first()).isVisible();
		checkAccessibility("search results");
		screenshot("search-1280");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Les (1)")).click();
		assertThat(results).hasCount(1);
		assertThat(results.locator(".search-result__kind")).hasText("Les");
		assertThat(this.page.getByLabel("Soort", new Page.GetByLabelOptions().setExact(true))).hasValue("les");
		checkAccessibility("search results, lessons only");

		results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
		assertThat(heading()).hasText(title);
		assertThat(this.page.locator("#gestopt")).containsText("Betrek de raad voor het " + word);

		this.page.setViewportSize(375, 800);
		this.page.navigate("/zoeken?q=zzqqxxnietsgevonden");
		assertThat(this.page.locator(".search-none")).isVisible();
		assertThat(banner().getByLabel("Zoek in Clubhuis")).isInViewport();
		checkAccessibility("search, nothing found, on a phone");
		screenshot("search-375-empty");
		this.page.navigate("/zoeken?q=" + word);
		screenshot("search-375");
		assertAccessibleAndSelfContained();
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

}
