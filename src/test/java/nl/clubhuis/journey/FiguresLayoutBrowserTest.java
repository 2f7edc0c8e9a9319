package nl.clubhuis.journey;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.yearreport.YearFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /cijfers and a yearly report read well on a phone (375 px) and a desktop (1280 px):
 * chart text at 12 px or more and inside its chart, and no table header broken inside a
 * word; both pages pass axe. Printed, the report drops the site's header, footer and
 * navigation. Leaves screenshots in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class FiguresLayoutBrowserTest extends BrowserJourney {

	/**
	 * For each chart text: its rendered font size and how far it sticks out of its chart.
	 */
	private static final String CHART_TEXT = """
			() => [...document.querySelectorAll('svg.chart text')].filter(t => t.getBBox().width > 0).map(t => {
			  const chart = t.ownerSVGElement.getBoundingClientRect();
			  const box = t.getBoundingClientRect();
			  return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
			           out: Math.max(chart.left - box.left, box.right - chart.right, 0) };
			})""";

	/** The words of table headers that the browser broke over two lines. */
	private static final String BROKEN_WORDS = """
			() => [...document.querySelectorAll('table th')].flatMap(th => {
			  const broken = [];
			  const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    const re = /\\S+/g; let m;
			    while ((m = re.exec(node.data)) !== null) {
			      const range = document.createRange();
			      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
			      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
			      if (lines.size > 1) broken.push(m[0]);
			    }
			  }
			  return broken;
			})""";

	@Autowired
	DoetankHistory history;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFiguresAndAYearlyReportReadWellOnAPhoneAndADesktop() {
		MemberPrincipal trekker = createMember("Jaap Jaar", "jaap-" + this.run + "@example.org", "Gemeente Ede");
		MemberPrincipal coach = createCoach("Coby Coach", "coby-" + this.run + "@example.org");
		YearFixture network = new YearFixture(this.history, this.jdbc, trekker.id(), coach.id());
		network.doetank("Experimenteren met lange woorden " + this.run, LocalDate.of(1993, 1, 6), Phase.EVALUEREN,
				DoetankStatus.GESTOPT, "Het team viel uit elkaar.", "Begin met twee trekkers.",
				YearFixture.move(LocalDate.of(1993, 2, 3), Phase.SCHETSEN, false),
				YearFixture.move(LocalDate.of(1993, 3, 3), Phase.ADOPTEREN, true),
				YearFixture.move(LocalDate.of(1993, 5, 5), Phase.EXPERIMENTEREN, true),
				YearFixture.move(LocalDate.of(1993, 9, 1), Phase.EVALUEREN, true),
				YearFixture.end(LocalDate.of(1993, 11, 3), Phase.EVALUEREN, DoetankStatus.GESTOPT));

		for (int width : List.of(375, 1280)) {
			this.page.setViewportSize(width, 900);
			this.page.navigate("/cijfers");
			assertThat(this.page.locator(".year-links")).containsText("1993");
			assertReadable("/cijfers", width);
			screenshot("cijfers-" + width);
			checkAccessibility("figures at " + width);

			this.page.navigate("/cijfers/1993");
			assertThat(this.page.locator("h1")).hasText("Jaarverslag 1993");
			assertThat(this.page.locator(".year-report__quote")).containsText("Begin met twee trekkers.");
			assertReadable("/cijfers/1993", width);
			screenshot("jaarverslag-" + width);
			checkAccessibility("yearly report at " + width);
		}

		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		this.page.setViewportSize(794, 1123);
		assertThat(this.page.locator(".site-header")).isHidden();
		assertThat(this.page.locator(".site-footer")).isHidden();
		assertThat(this.page.locator(".year-report__years")).isHidden();
		assertThat(this.page.locator("#jaar-route")).isVisible();
		screenshot("jaarverslag-print");
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		this.accessibility.assertNoViolations();
	}

	@SuppressWarnings("unchecked")
	private void assertReadable(String path, int width) {
		List<Map<String, Object>> texts = (List<Map<String, Object>>) this.page.evaluate(CHART_TEXT);
		for (Map<String, Object> text : texts) {
			assertThat(((Number) text.get("px")).doubleValue())
				.as("font size of '%s' on %s at %d px", text.get("text"), path, width)
				.isGreaterThanOrEqualTo(12);
			assertThat(((Number) text.get("out")).doubleValue())
				.as("'%s' clipped on %s at %d px", text.get("text"), path, width)
				.isLessThanOrEqualTo(1);
		}
		assertThat((List<Object>) this.page.evaluate(BROKEN_WORDS))
			.as("words broken in table headers on %s at %d px", path, width)
			.isEmpty();
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

}
