package nl.clubhuis.journey;

import java.util.List;

import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.BusinessCaseEntry;
import nl.clubhuis.route.RouteRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1's reflow (SC 1.4.10): at 320 px wide no page scrolls sideways as a whole; a
 * wide table scrolls inside its own region, which the keyboard can reach. These pages
 * were 338 to 559 px wide: the agenda's cards on the home page and /route, a Doetank's
 * business case and the tables on /cijfers (what opdrachtgevers said, per year and
 * outcome). The printable sheets' tables scrolled where the keyboard could not reach
 * them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ReflowBrowserTest extends BrowserJourney {

	/**
	 * Scrolling regions that neither take focus themselves nor hold anything that does
	 * (axe's scrollable-region-focusable).
	 */
	private static final String UNREACHABLE_SCROLLING = """
			() => [...document.querySelectorAll('.table-scroll')]
			  .filter(r => r.scrollWidth > r.clientWidth)
			  .filter(r => r.tabIndex < 0 && !r.querySelector('a[href], button, input, select, textarea'))
			  .length""";

	@Autowired
	EventService events;

	@Autowired
	RouteRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void atThreeHundredTwentyPixelsNoPageScrollsSideways() {
		MemberPrincipal trekker = createMember("Rob Reflow", "rob-" + this.run + "@example.org", "Gemeente Ede");
		MemberPrincipal coach = createCoach("Rita Reflow", "rita-" + this.run + "@example.org");
		MemberPrincipal redacteur = createWithRole("Remy Reflow", "remy-" + this.run + "@example.org",
				GlobalRole.REDACTEUR);
		new TestEvents(this.events).cafe(20, redacteur);
		String slug = anActiveDoetank("Minder formulieren " + this.run, trekker, coach);
		this.records.addBusinessCaseLine(slug, new BusinessCaseEntry(BusinessCaseEntry.Side.BATEN,
				BusinessCaseEntry.Dimension.GELD, "Minder bezwaarprocedures bij de gemeente", "€ 12.000 per jaar"),
				trekker);
		MemberPrincipal opdrachtgever = createMember("Otto Opdracht", "otto-" + this.run + "@example.org",
				"Gemeente Ede");
		this.jdbc.update("""
				INSERT INTO opdrachtgever_testimonial (doetank_id, author_id, quote, outcome, evaluation,
				                                       written_at, updated_at)
				SELECT id, ?, 'Dit werkt voor ons.', 'INGEVOERD', 'We voeren het in.', now(), now()
				FROM doetank WHERE slug = ?""", opdrachtgever.id(), slug);

		this.page.setViewportSize(320, 640);
		for (String path : List.of("/", "/route", "/doetanks/" + slug, "/cijfers",
				"/toolkit/printbaar/gatekeepers-checklist", "/toolkit/printbaar/businesscase-blad",
				"/toolkit/printbaar/customer-journey-canvas")) {
			this.page.navigate(path);
			assertThat((Integer) this.page.evaluate("document.documentElement.scrollWidth")).as(path)
				.isLessThanOrEqualTo(320);
			assertThat(this.page.evaluate(UNREACHABLE_SCROLLING))
				.as(path + ": regions that scroll sideways but that the keyboard cannot reach")
				.isEqualTo(0);
		}
	}

}
