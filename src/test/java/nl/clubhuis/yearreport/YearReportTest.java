package nl.clubhuis.yearreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.HistoricalDoetank.Step;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.TestWerkvormen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static nl.clubhuis.yearreport.YearFixture.end;
import static nl.clubhuis.yearreport.YearFixture.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /cijfers/1999 counts a hand-made network of six Doetanks in 1998 and 1999 (no other
 * test writes there), a Café and werkvormen used, and shows each number beside 1998's.
 * <p>
 * By hand: 1998 took in A, B and F; A and B moved on to schetsen, F stopped (a solution
 * looking for a problem); at the end of 1998 A and B stood active in schetsen. Initiëren
 * lasted 60 (A), 92 (B) and 182 (F) days: median 92. 1999 took in C, D and E; A moved on
 * once, D four times; B stopped (less urgent), C stopped (the team left), D closed with
 * its result; at the end of 1999 E stood in initiëren and A in adopteren. Stays that
 * ended in 1999: initiëren 60 (C) and 30 (D), median 45; schetsen 276 (A), 212 (B) and 30
 * (D), median 212; adopteren 60, experimenteren 120, evalueren 61 (D).
 */
@IntegrationTest
class YearReportTest {

	private static boolean written;

	@Autowired
	MockMvc mvc;

	@Autowired
	DoetankHistory history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPeople people;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	StatementCounter statements;

	@BeforeEach
	void writeTheNetworkOf1998And1999() {
		if (written) {
			return;
		}
		written = true;
		YearFixture network = fixture();
		network.doetank("A: vroeg erbij", LocalDate.of(1998, 3, 2), Phase.ADOPTEREN, DoetankStatus.ACTIEF, null, null,
				move(LocalDate.of(1998, 5, 1), Phase.SCHETSEN, false),
				move(LocalDate.of(1999, 2, 1), Phase.ADOPTEREN, true));
		network.doetank("B: leegstand", LocalDate.of(1998, 6, 1), Phase.SCHETSEN, DoetankStatus.GESTOPT,
				"De gemeente vond de leegstand minder urgent dan gedacht.", "Toets de urgentie bij wie beslist.",
				move(LocalDate.of(1998, 9, 1), Phase.SCHETSEN, false),
				end(LocalDate.of(1999, 4, 1), Phase.SCHETSEN, DoetankStatus.GESTOPT));
		network.doetank("F: groen", LocalDate.of(1998, 2, 2), Phase.INITIEREN, DoetankStatus.GESTOPT,
				"De oplossing bleek geen geld te besparen.", "Reken de business case eerder door.",
				end(LocalDate.of(1998, 8, 3), Phase.INITIEREN, DoetankStatus.GESTOPT));
		network.doetank("C: jongeren", LocalDate.of(1999, 1, 11), Phase.INITIEREN, DoetankStatus.GESTOPT,
				"De kernleden vertrokken naar een andere baan.", "Zorg voor twee trekkers die elkaar vervangen.",
				end(LocalDate.of(1999, 3, 12), Phase.INITIEREN, DoetankStatus.GESTOPT));
		String d = network.doetank("D: formulier", LocalDate.of(1999, 1, 4), Phase.EVALUEREN, DoetankStatus.AFGESLOTEN,
				null, null, move(LocalDate.of(1999, 2, 3), Phase.SCHETSEN, false),
				move(LocalDate.of(1999, 3, 5), Phase.ADOPTEREN, true),
				move(LocalDate.of(1999, 5, 4), Phase.EXPERIMENTEREN, true),
				move(LocalDate.of(1999, 9, 1), Phase.EVALUEREN, true),
				end(LocalDate.of(1999, 11, 1), Phase.EVALUEREN, DoetankStatus.AFGESLOTEN));
		String e = network.doetank("E: nieuw", LocalDate.of(1999, 10, 1), Phase.INITIEREN, DoetankStatus.ACTIEF, null,
				null, move(LocalDate.of(1999, 12, 1), Phase.INITIEREN, true));
		MemberPrincipal redacteur = this.people.redacteur("Rita Jaarverslag");
		List<Long> guests = List.of(this.people.member("Gast Een").id(), this.people.member("Gast Twee").id(),
				this.people.member("Gast Drie").id());
		network.meeting("CAFE", LocalDate.of(1999, 3, 3), redacteur.id(), guests);
		network.meeting("CAFE", LocalDate.of(1999, 10, 6), redacteur.id(), guests.subList(0, 2));
		network.meeting("MASTERCLASS", LocalDate.of(1998, 11, 4), redacteur.id(), guests.subList(0, 1));
		String journey = this.werkvormen.create("Klantreis 1999", Set.of(Phase.INITIEREN), Set.of(Question.values()[0]),
				redacteur);
		String canvas = this.werkvormen.create("Canvas 1999", Set.of(Phase.INITIEREN), Set.of(Question.values()[0]),
				redacteur);
		network.used(journey, d, Phase.INITIEREN, LocalDate.of(1999, 1, 20));
		network.used(journey, e, Phase.INITIEREN, LocalDate.of(1999, 10, 20));
		network.used(canvas, e, Phase.INITIEREN, LocalDate.of(1999, 11, 2));
	}

	private YearFixture fixture() {
		return new YearFixture(this.history, this.jdbc, this.people.member("Tom Trekker").id(),
				this.people.coach("Carla Coach").id());
	}

	@Test
	void theYearsNumbersStandBesideTheYearBefore() throws Exception {
		Html page = report(1999);
		assertThat(page.text("h1")).isEqualTo("Jaarverslag 1999");
		assertThat(row(page, "#jaar-route", "data-cijfer", "binnengebracht")).containsExactly("3", "3");
		assertThat(row(page, "#jaar-route", "data-cijfer", "aangenomen")).containsExactly("3", "3");
		assertThat(row(page, "#jaar-route", "data-cijfer", "door")).containsExactly("5", "2");
		assertThat(row(page, "#jaar-route", "data-cijfer", "herformuleerd")).containsExactly("0", "0");
		assertThat(row(page, "#jaar-route", "data-cijfer", "gestopt")).containsExactly("2", "1");
		assertThat(row(page, "#jaar-route", "data-cijfer", "afgerond")).containsExactly("1", "0");
		assertThat(page.texts("#jaar-route thead th")).containsExactly("Wat", "1999", "1998");
	}

	@Test
	void theActiveDoetanksAreCountedWhereTheYearLeftThem() throws Exception {
		// Other tests leave Doetanks that have been active since the early 1990s; they
		// count
		// the same at the end of 1998 and 1999, so the fixture shows in the difference.
		Html page = report(1999);
		assertThat(growth(page, "INITIEREN")).isEqualTo(1 - 0);
		assertThat(growth(page, "SCHETSEN")).isEqualTo(0 - 2);
		assertThat(growth(page, "ADOPTEREN")).isEqualTo(1 - 0);
		assertThat(growth(page, "totaal")).isEqualTo(2 - 2);
	}

	@Test
	void theMedianOfEachPhaseIsThatOfTheStaysTheYearEnded() throws Exception {
		Html page = report(1999);
		assertThat(row(page, "#jaar-duur-tabel", "data-fase", "INITIEREN")).containsExactly("45 dagen (2)",
				"92 dagen (3)");
		assertThat(row(page, "#jaar-duur-tabel", "data-fase", "SCHETSEN")).containsExactly("212 dagen (3)", "–");
		assertThat(row(page, "#jaar-duur-tabel", "data-fase", "ADOPTEREN")).containsExactly("60 dagen (1)", "–");
		assertThat(row(page, "#jaar-duur-tabel", "data-fase", "EXPERIMENTEREN")).containsExactly("120 dagen (1)", "–");
		assertThat(row(page, "#jaar-duur-tabel", "data-fase", "EVALUEREN")).containsExactly("61 dagen (1)", "–");
		assertThat(row(page, "#jaar-duur-tabel", "data-fase", "VERBREDEN")).containsExactly("–", "–");
	}

	@Test
	void stopsAreGroupedAsTheMethodTellsAndTheirLessonsQuoted() throws Exception {
		Html page = report(1999);
		assertThat(row(page, "#jaar-redenen", "data-reden", "MINDER_URGENT")).containsExactly("1", "0");
		assertThat(row(page, "#jaar-redenen", "data-reden", "TEAM_VIEL_UIT")).containsExactly("1", "0");
		assertThat(row(page, "#jaar-redenen", "data-reden", "OPLOSSING_ZOCHT_PROBLEEM")).containsExactly("0", "1");
		assertThat(row(page, "#jaar-redenen", "data-reden", "GEEN_OPDRACHTGEVER")).containsExactly("0", "0");
		assertThat(page.texts(".year-report__lesson h3")).as("in the order they stopped")
			.containsExactly("C: jongeren", "B: leegstand");
		assertThat(page.texts(".year-report__quote")).containsExactly("Zorg voor twee trekkers die elkaar vervangen.",
				"Toets de urgentie bij wie beslist.");
		assertThat(page.texts(".year-report__lesson .muted")).containsExactly(
				"Gestopt op 12 maart 1999, in de fase Initiëren", "Gestopt op 1 april 1999, in de fase Schetsen");
	}

	@Test
	void theCafesWithTheirRegistrationsAndTheWerkvormenUsedMost() throws Exception {
		Html page = report(1999);
		assertThat(page.texts("#jaar-bijeenkomsten tr[data-soort=CAFE] td")).containsExactly("2", "5", "0", "0");
		assertThat(page.texts("#jaar-bijeenkomsten tr[data-soort=MASTERCLASS] td")).containsExactly("0", "0", "1", "1");
		assertThat(page.texts(".year-report__werkvormen li")).hasSize(2);
		assertThat(page.texts(".year-report__werkvormen li").get(0)).startsWith("Klantreis 1999")
			.endsWith("2 Doetanks");
		assertThat(page.texts(".year-report__werkvormen li").get(1)).startsWith("Canvas 1999").endsWith("1 Doetank");
	}

	@Test
	void theYearBeforeHasItsOwnReportAndLinksOn() throws Exception {
		Html page = report(1998);
		assertThat(row(page, "#jaar-route", "data-cijfer", "gestopt")).containsExactly("1", "0");
		assertThat(page.links(".year-report__years")).contains("/cijfers/1999");
		assertThat(Html.of(this.mvc.perform(get("/cijfers")).andExpect(status().isOk())).links(".year-links"))
			.contains("/cijfers/1998", "/cijfers/1999");
	}

	@Test
	void aCoachsMoveBackIsCountedAsSentBackNotAsMovedOn() throws Exception {
		fixture().doetank("Heen en terug in 1994", LocalDate.of(1994, 1, 3), Phase.INITIEREN, DoetankStatus.GESTOPT,
				"Het regende.", "Neem een paraplu mee.", move(LocalDate.of(1994, 2, 1), Phase.SCHETSEN, false),
				move(LocalDate.of(1994, 3, 1), Phase.INITIEREN, false),
				end(LocalDate.of(1994, 6, 1), Phase.INITIEREN, DoetankStatus.GESTOPT));
		Html page = report(1994);
		// Only 1994's column: the browser test writes its own Doetanks in 1993, the year
		// before.
		assertThat(row(page, "#jaar-route", "data-cijfer", "door").get(0)).isEqualTo("1");
		assertThat(row(page, "#jaar-route", "data-cijfer", "herformuleerd").get(0)).isEqualTo("1");
	}

	@Test
	void aDoetankWhoseRecordEndedIsNotCountedAsActiveAfterwards() throws Exception {
		fixture().doetank("Spoor kwijt in 1991", LocalDate.of(1991, 2, 4), Phase.SCHETSEN, DoetankStatus.ACTIEF, null,
				null, LocalDate.of(1991, 6, 28), move(LocalDate.of(1991, 4, 1), Phase.SCHETSEN, false));
		fixture().doetank("Tot het eind van 1991", LocalDate.of(1991, 3, 4), Phase.SCHETSEN, DoetankStatus.ACTIEF, null,
				null, LocalDate.of(1991, 12, 31), move(LocalDate.of(1991, 5, 1), Phase.SCHETSEN, false));
		Html page = report(1991);
		assertThat(row(page, "#jaar-fasen-tabel", "data-fase", "SCHETSEN")).containsExactly("1", "0");
	}

	/**
	 * By hand, 1992 (no other test writes there, nor stops in 1991): G stopped at an
	 * overleg (too early), I too (no opdrachtgever), H stopped without one and started
	 * again (a Doetank from the network's history), so it is active now. Three stops:
	 * "Gestopt" says 3, and the reasons and the list of stopped Doetanks count the same
	 * three.
	 */
	@Test
	void everyStopOfTheYearIsCountedGroupedAndListed() throws Exception {
		YearFixture network = fixture();
		network.doetank("G: te vroeg in 1992", LocalDate.of(1992, 1, 6), Phase.INITIEREN, DoetankStatus.GESTOPT,
				"Het was te vroeg.", "Wacht op ruimte.",
				end(LocalDate.of(1992, 3, 3), Phase.INITIEREN, DoetankStatus.GESTOPT));
		network.doetank("H: weer begonnen in 1992", LocalDate.of(1992, 1, 13), Phase.SCHETSEN, DoetankStatus.ACTIEF,
				null, null,
				new Step(LocalDate.of(1992, 4, 7), Phase.INITIEREN, DoetankStatus.GESTOPT, null, false, null),
				move(LocalDate.of(1992, 9, 1), Phase.SCHETSEN, false));
		network.doetank("I: zonder opdrachtgever in 1992", LocalDate.of(1992, 2, 3), Phase.INITIEREN,
				DoetankStatus.GESTOPT, "De opdrachtgever haakte af.", "Zoek eerst een opdrachtgever.",
				end(LocalDate.of(1992, 5, 5), Phase.INITIEREN, DoetankStatus.GESTOPT));
		Html page = report(1992);
		assertThat(row(page, "#jaar-route", "data-cijfer", "gestopt")).first().isEqualTo("3");
		assertThat(row(page, "#jaar-redenen", "data-reden", "TE_VROEG")).first().isEqualTo("1");
		assertThat(row(page, "#jaar-redenen", "data-reden", "GEEN_OPDRACHTGEVER")).first().isEqualTo("1");
		assertThat(row(page, "#jaar-redenen", "data-reden", "OVERIG")).first()
			.as("H recorded no reason")
			.isEqualTo("1");
		assertThat(page.texts("#jaar-redenen tbody td.jaar").stream().mapToInt(Integer::parseInt).sum())
			.as("the reasons add up to the stops")
			.isEqualTo(3);
		assertThat(page.texts(".year-report__lesson h3")).containsExactly("G: te vroeg in 1992",
				"H: weer begonnen in 1992", "I: zonder opdrachtgever in 1992");
		assertThat(page.texts(".year-report__quote")).containsExactly("Wacht op ruimte.",
				"Zoek eerst een opdrachtgever.");
	}

	/**
	 * A table that may scroll sideways on a phone can be reached and scrolled with the
	 * keyboard and is named; headers over two columns have their column groups; the
	 * breadcrumb ends with this page.
	 */
	@Test
	void theTablesAndTheBreadcrumbReadWellWithAKeyboardAndAScreenReader() throws Exception {
		Html page = report(1999);
		assertThat(page.all(".table-scroll")).hasSize(5).allSatisfy((scroll) -> {
			assertThat(scroll.attr("tabindex")).isEqualTo("0");
			assertThat(scroll.attr("role")).isEqualTo("region");
			assertThat(scroll.attr("aria-label")).isEqualTo(scroll.selectFirst("caption").text());
		});
		assertThat(page.all("table:has(th[scope=colgroup])")).isNotEmpty()
			.allSatisfy((table) -> assertThat(table.select("colgroup")).hasSize(3));
		assertThat(page.text(".breadcrumbs")).isEqualTo("Het netwerk in cijfers › Jaarverslag 1999");
		assertThat(page.text(".breadcrumbs [aria-current=page]")).isEqualTo("Jaarverslag 1999");
	}

	@Test
	void inEnglishToo() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/cijfers/1999?lang=en")).andExpect(status().isOk()));
		assertThat(page.text("h1")).isEqualTo("Yearly report 1999");
		assertThat(page.texts("#jaar-redenen th[scope=row]")).contains("Less urgent than thought",
				"The team fell apart");
	}

	@Test
	void aYearWithoutDataOrOutOfRangeIsNotFound() throws Exception {
		for (String year : List.of("1950", "1989", "3000", "99999", "abcd", "-1")) {
			this.mvc.perform(get("/cijfers/" + year)).andExpect(status().isNotFound());
		}
	}

	@Test
	void theReportTakesAsManyStatementsForOneDoetankAsForMany() throws Exception {
		YearFixture network = fixture();
		network.doetank("Eén in 1996", LocalDate.of(1996, 2, 1), Phase.INITIEREN, DoetankStatus.GESTOPT,
				"Geen opdrachtgever.", "Zoek eerst een opdrachtgever.",
				end(LocalDate.of(1996, 6, 1), Phase.INITIEREN, DoetankStatus.GESTOPT));
		long one = statementsFor(1996);
		for (int i = 0; i < 4; i++) {
			network.doetank("Meer in 1996 " + i, LocalDate.of(1996, 3, 1 + i), Phase.INITIEREN, DoetankStatus.GESTOPT,
					"Te vroeg.", "Wacht op mandaat.",
					end(LocalDate.of(1996, 9, 1 + i), Phase.INITIEREN, DoetankStatus.GESTOPT));
		}
		assertThat(row(report(1996), "#jaar-route", "data-cijfer", "gestopt")).containsExactly("5", "0");
		assertThat(statementsFor(1996)).as("the yearly report with one or five stopped Doetanks").isEqualTo(one);
	}

	private long statementsFor(int year) throws Exception {
		this.statements.reset();
		this.mvc.perform(get("/cijfers/" + year)).andExpect(status().isOk());
		return this.statements.count();
	}

	private Html report(int year) throws Exception {
		return Html.of(this.mvc.perform(get("/cijfers/" + year)).andExpect(status().isOk()));
	}

	/**
	 * The numbers of the row whose {@code attribute} is {@code value}: this year, the
	 * year before.
	 */
	/**
	 * Active at the end of the year minus at the end of the year before, in one phase.
	 */
	private static int growth(Html page, String phase) {
		List<String> counts = row(page, "#jaar-fasen-tabel", "data-fase", phase);
		return Integer.parseInt(counts.get(0)) - Integer.parseInt(counts.get(1));
	}

	private static List<String> row(Html page, String table, String attribute, String value) {
		return page.texts(table + " tr[" + attribute + "=" + value + "] td");
	}

}
