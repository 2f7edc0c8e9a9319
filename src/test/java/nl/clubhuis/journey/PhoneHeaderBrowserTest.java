package nl.clubhuis.journey;

import java.nio.file.Paths;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.member.GlobalRole;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (375 px wide) the menu is folded behind "Menu" (no script: a details
 * element), so a page starts right under the search; opened, every menu item and account
 * link is in sight without scrolling sideways, for a visitor and for a beheerder with the
 * most links. On a desktop everything is in sight at once, and even the beheerder's
 * header is two rows above the main menu: the name and "Uitloggen" beside the search, the
 * account links on one row below. Leaves screenshots in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PhoneHeaderBrowserTest extends BrowserJourney {

	static final int PHONE = 375;

	static final int DESKTOP = 1280;

	@Test
	void everyLinkInTheHeaderIsInSightOnAPhone() {
		this.page.setViewportSize(PHONE, 800);
		this.page.navigate("/");
		assertTheMenuIsFoldedBelowTheSearch();
		openTheMenuOnAPhone();
		assertEverythingInSight(PHONE);
		screenshot("header-375-visitor");
		checkAccessibility("home on a phone");

		String email = "bea-" + this.run + "@example.org";
		createWithRole("Bea Beheerder", email, GlobalRole.BEHEERDER);
		logIn(email, "Bea Beheerder");
		assertThat(this.page).hasURL(baseUrl() + "/");
		this.page.navigate("/");
		assertTheMenuIsFoldedBelowTheSearch();
		assertThat(accountLink("Mijn account")).isVisible();
		assertThat(accountLink("Beheer")).isVisible();
		assertEverythingInSight(PHONE);
		screenshot("header-375-beheerder");
		checkAccessibility("home on a phone, beheerder");

		this.page.setViewportSize(DESKTOP, 800);
		assertEverythingInSight(DESKTOP);
		assertTwoRowsAboveTheMainMenu();
		screenshot("header-1280-beheerder");
	}

	private void assertTwoRowsAboveTheMainMenu() {
		BoundingBox search = this.page.getByLabel("Zoek in Clubhuis").boundingBox();
		BoundingBox logout = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
			.boundingBox();
		assertThat(Math.abs(centre(logout) - centre(search))).as("Uitloggen beside the search").isLessThan(10);
		BoundingBox first = accountLink("Intake").boundingBox();
		BoundingBox last = accountLink("Beheer").boundingBox();
		assertThat(first.y).as("the account links below the search").isGreaterThan(search.y + search.height);
		assertThat(last.y).as("the account links on one row").isEqualTo(first.y);
	}

	private static double centre(BoundingBox box) {
		return box.y + box.height / 2;
	}

	/**
	 * A phone's first screen is not the menu: the header shows the name of the site,
	 * "Menu" and the search, and the page starts right below them.
	 */
	private void assertTheMenuIsFoldedBelowTheSearch() {
		assertThat(this.page.locator(".main-nav")).not().isVisible();
		assertThat(this.page.getByLabel("Zoek in Clubhuis")).isVisible();
		BoundingBox header = this.page.locator(".site-header").boundingBox();
		assertThat(header.height).as("the header's height on a phone").isLessThan(140);
	}

	private void assertEverythingInSight(int width) {
		Locator links = this.page.locator(".site-header a, .site-header button");
		assertThat(links.count()).isGreaterThan(10);
		for (int i = 0; i < links.count(); i++) {
			Locator link = links.nth(i);
			assertThat(link).isVisible();
			BoundingBox box = link.boundingBox();
			assertThat(box.x).as(link.textContent()).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).as(link.textContent()).isLessThanOrEqualTo(width);
		}
		assertThat((Boolean) this.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing sticks out sideways")
			.isTrue();
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
	}

}
