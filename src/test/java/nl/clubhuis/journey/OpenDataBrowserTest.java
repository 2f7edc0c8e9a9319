package nl.clubhuis.journey;

import com.microsoft.playwright.APIResponse;
import nl.clubhuis.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor finds the open data from the footer, reads it in Dutch and English and on a
 * phone, and the CSV behind a chart on /cijfers downloads. Every page is checked with
 * axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class OpenDataBrowserTest extends BrowserJourney {

	@Test
	void aVisitorFindsTheOpenDataAndItsFields() {
		this.page.navigate("/cijfers");
		String chartData = this.page.locator("section[aria-labelledby=fig-stop] .figure__data a")
			.first()
			.getAttribute("href");
		assertThat(chartData).endsWith("/open-data/cijfers-gestopt.csv");
		APIResponse csv = this.page.request().get(chartData);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().get("content-disposition")).contains("clubhuis-cijfers-gestopt.csv");

		footerLink("Open data").click();
		assertThat(heading()).hasText("Open data");
		assertThat(this.page.locator("#routes h2")).hasText("Routes");
		assertThat(this.page.locator("#doetanks table code").first()).hasText("id");
		checkAccessibility("open data");

		this.page.setViewportSize(375, 800);
		this.page.navigate("/open-data");
		assertThat((Integer) this.page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
		checkAccessibility("open data on a phone");

		this.page.setViewportSize(1280, 800);
		this.page.navigate("/open-data?lang=en");
		assertThat(this.page.locator("#evenementen h2")).hasText("Events");
		checkAccessibility("open data in English");
		this.page.navigate("/open-data?lang=nl");
		assertAccessibleAndSelfContained();
	}

}
