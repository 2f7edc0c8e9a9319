package nl.clubhuis.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.opendata.OpenDataDownloads.Csv;
import nl.clubhuis.opendata.domain.OpenDataExport;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.domain.NetworkFigures;
import nl.clubhuis.route.domain.NetworkFigures.Figures;
import nl.clubhuis.toolkit.TestWerkvormen;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /open-data explains every dataset; each downloads as CSV and JSON with the documented
 * columns, only public Doetanks appear, and no member's name or e-mail address occurs.
 */
@IntegrationTest
class OpenDataTest {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OpenDataExport export;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestEvents events;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	GateReviewService reviews;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NetworkFigures figures;

	OpenDataDownloads downloads;

	@BeforeEach
	void downloads() {
		this.downloads = new OpenDataDownloads(this.mvc, this.json);
	}

	@Test
	void thePageExplainsEveryDatasetItsLicenceAndItsFields() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/open-data")).andExpect(status().isOk()));
		assertThat(page.text("h1")).isEqualTo("Open data");
		assertThat(page.one("a[rel=license]").attr("href"))
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/deed.nl");
		assertThat(page.text("a[rel=license]")).contains("CC BY 4.0");
		assertThat(this.export.datasets()).extracting(OpenDataset::name)
			.containsExactly("doetanks", "routes", "evenementen", "werkvormen", "cijfers-per-fase", "cijfers-bereikt",
					"cijfers-doorlooptijd", "cijfers-gestopt");
		for (OpenDataset dataset : this.export.datasets()) {
			String section = "section#" + dataset.name();
			assertThat(page.links(section)).as(dataset.name())
				.contains("/open-data/" + dataset.name() + ".csv", "/open-data/" + dataset.name() + ".json");
			assertThat(page.texts(section + " tbody th code")).as("the documented fields of " + dataset.name())
				.containsExactlyElementsOf(dataset.fields().stream().map(OpenDataField::name).toList());
			assertThat(page.texts(section + " tbody td")).as("type and meaning of each field")
				.allSatisfy((text) -> assertThat(text).isNotBlank().doesNotContain("??"));
			assertThat(page.text(section + " h2")).isNotBlank();
		}
		assertThat(page.links("footer")).contains("/open-data");

		Html english = Html.of(this.mvc.perform(get("/open-data?lang=en")).andExpect(status().isOk()));
		assertThat(english.text("#routes h2")).isEqualTo("Routes");
		assertThat(english.text("#evenementen h2")).isEqualTo("Events");
		assertThat(english.text("a[rel=license]")).isEqualTo("Creative Commons Attribution 4.0 (CC BY 4.0)");
	}

	@Test
	void eachChartOnTheFiguresPageLinksItsDataWithTheSameNumbers() throws Exception {
		Html figures = Html.of(this.mvc.perform(get("/cijfers")).andExpect(status().isOk()));
		for (String chart : List.of("fig-nu", "fig-trechter", "fig-duur", "fig-stop")) {
			assertThat(figures.links("section[aria-labelledby=" + chart + "] .figure__data")).as(chart)
				.hasSize(2)
				.allSatisfy((link) -> assertThat(link).matches("/open-data/cijfers-[a-z-]+\\.(csv|json)"));
		}
		Figures numbers = this.figures.compute();
		Csv perPhase = this.downloads.csv("cijfers-per-fase");
		assertThat(perPhase.records()).as("six phases by four public statuses").hasSize(24).allSatisfy((row) -> {
			long count = numbers.count(Phase.valueOf(row.get("phase")), DoetankStatus.valueOf(row.get("status")));
			assertThat(row.get("doetanks")).isEqualTo(String.valueOf(count));
		});
		JsonNode reached = this.downloads.json("cijfers-bereikt").get("rows");
		assertThat(reached.values()).hasSize(6)
			.allSatisfy((row) -> assertThat(row.get("doetanks").asLong())
				.isEqualTo(numbers.reachedIn(Phase.valueOf(row.get("phase").stringValue()))));
		assertThat(this.downloads.csv("cijfers-gestopt").records()).allSatisfy((row) -> assertThat(row.get("doetanks"))
			.isEqualTo(String.valueOf(numbers.stoppedIn(Phase.valueOf(row.get("phase"))))));
		assertThat(this.downloads.csv("cijfers-doorlooptijd").header()).containsExactly("phase", "median_days",
				"stays");
	}

	/**
	 * Each download holds a database connection until the client has read it all, so only
	 * two run at once (the default); a third is asked to come back later.
	 */
	@Test
	void whenAsManyDownloadsRunAsAllowedAnotherIsAskedToComeBackLater() throws Exception {
		List<OpenDataExport.Slot> running = List.of(this.export.slot().orElseThrow(), this.export.slot().orElseThrow());
		try {
			assertThat(this.export.slot()).as("the default cap is two").isEmpty();
			MockHttpServletResponse busy = this.mvc.perform(get("/open-data/werkvormen.csv"))
				.andExpect(status().isServiceUnavailable())
				.andReturn()
				.getResponse();
			assertThat(busy.getHeader("Retry-After")).isEqualTo("30");
			assertThat(busy.getHeader("Content-Disposition")).isNull();
			Html page = Html.parse(busy.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.text("h1")).isEqualTo("Het is even te druk");
			assertThat(page.text(".error-page .lead")).contains("Probeer het over een halve minuut opnieuw");
		}
		finally {
			running.forEach(OpenDataExport.Slot::close);
		}
		this.mvc.perform(get("/open-data/werkvormen.csv")).andExpect(status().isOk());
		assertThat(this.export.slot()).as("the download gave its place back")
			.hasValueSatisfying(OpenDataExport.Slot::close);
	}

	@Test
	void everyDatasetParsesAsCsvAndJsonWithTheDocumentedColumns() throws Exception {
		for (OpenDataset dataset : this.export.datasets()) {
			List<String> fields = dataset.fields().stream().map(OpenDataField::name).toList();
			MockHttpServletResponse csv = this.downloads.download("/open-data/" + dataset.name() + ".csv");
			assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
			assertThat(csv.getHeader("Content-Disposition"))
				.isEqualTo("attachment; filename=\"clubhuis-" + dataset.name() + ".csv\"");
			assertThat(csv.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			Csv table = Csv.parse(csv.getContentAsString(StandardCharsets.UTF_8).substring(1));
			assertThat(table.header()).as(dataset.name()).containsExactlyElementsOf(fields);

			MockHttpServletResponse json = this.downloads.download("/open-data/" + dataset.name() + ".json");
			assertThat(json.getContentType()).startsWith("application/json");
			assertThat(json.getHeader("Content-Disposition"))
				.isEqualTo("attachment; filename=\"clubhuis-" + dataset.name() + ".json\"");
			JsonNode root = this.json.readTree(json.getContentAsByteArray());
			assertThat(root.get("dataset").stringValue()).isEqualTo(dataset.name());
			assertThat(root.get("licence").stringValue()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
			assertThat(root.get("rows").size()).as("as many rows as the CSV").isEqualTo(table.records().size());
			root.get("rows")
				.values()
				.forEach((row) -> assertThat(new ArrayList<>(row.propertyNames())).containsExactlyElementsOf(fields));
		}
		this.mvc.perform(get("/open-data/leden.csv")).andExpect(status().isNotFound());
	}

	@Test
	void onlyPublicDoetanksAppearWithTheirRouteAndNoPersonalData() throws Exception {
		MemberPrincipal trekker = this.people.member("Wieteke Zonnebloemstraat");
		MemberPrincipal coach = this.people.coach("Barend Kwakernaak");
		MemberPrincipal guest = this.people.member("Ottoline Vergeer-Mostert");
		String stopped = this.doetanks.active(trekker, coach);
		this.reviews.record(stopped, this.doetanks.review(stopped, GateDecision.Kind.DOOR), coach);
		this.reviews.record(stopped, this.doetanks.review(stopped, GateDecision.Kind.STOPPEN), coach);
		String active = this.doetanks.inPhase(Phase.SCHETSEN, trekker, coach);
		String proposal = this.doetanks.proposal(trekker);
		String withdrawn = this.doetanks.proposal(trekker);
		this.jdbc.update("UPDATE doetank SET status = 'INGETROKKEN' WHERE slug = ?", withdrawn);
		EventRef cafe = this.events.cafe(20, this.people.redacteur("Reinout Redactie-Vos"));
		this.jdbc.update("INSERT INTO event_registration (event_id, member_id, status, note, registered_at)"
				+ " VALUES (?, ?, 'BEVESTIGD', 'Ik neem Ottoline mee', now())", cafe.id(), guest.id());
		String werkvorm = this.werkvormen.create("Open kaart", Set.of(Phase.SCHETSEN), Set.of(),
				this.people.redacteur("Rianne Redactie"));
		this.jdbc.update("INSERT INTO werkvorm_usage (doetank_id, werkvorm_id, phase, note, recorded_by, recorded_at)"
				+ " SELECT d.id, w.id, 'SCHETSEN', 'Samen met Wieteke', ?, now() FROM doetank d, werkvorm w"
				+ " WHERE d.slug = ? AND w.slug = ?", trekker.id(), active, werkvorm);

		Csv doetankRows = this.downloads.csv("doetanks");
		assertThat(doetankRows.where("slug", stopped)).singleElement().satisfies((row) -> {
			assertThat(row.get("status")).isEqualTo("GESTOPT");
			assertThat(row.get("lessons")).isEqualTo("Betrek eerder een opdrachtgever.");
			assertThat(row.get("organisations")).isEqualTo("Gemeente Testdorp");
		});
		assertThat(doetankRows.where("slug", active)).singleElement()
			.satisfies((row) -> assertThat(row.get("phase")).isEqualTo("SCHETSEN"));
		assertThat(doetankRows.where("slug", proposal)).as("a proposal").isEmpty();
		assertThat(doetankRows.where("slug", withdrawn)).as("a withdrawn vraagstuk").isEmpty();
		Set<String> publicIds = new HashSet<>(doetankRows.records().stream().map((row) -> row.get("id")).toList());

		String stoppedId = doetankRows.where("slug", stopped).get(0).get("id");
		Csv routes = this.downloads.csv("routes");
		List<CSVRecord> stays = routes.where("doetank_id", stoppedId);
		assertThat(stays)
			.extracting((row) -> row.get("stay") + " " + row.get("phase") + " " + row.get("entered_by") + " "
					+ row.get("left_by") + " " + row.get("review_decision"))
			.containsExactly("1 INITIEREN INTAKE DOOR DOOR", "2 SCHETSEN DOOR STOPPEN STOPPEN");
		assertThat(stays.get(1).get("stop_reason")).isEqualTo("Geen opdrachtgever gevonden.");
		assertThat(stays.get(1).get("left_on")).isEqualTo(TestDoetanks.today().toString());
		assertThat(stays.get(1).get("days")).isEqualTo("0");
		assertThat(routes.where("doetank_id", doetankRows.where("slug", active).get(0).get("id")))
			.extracting((row) -> row.get("left_on"))
			.as("the current stay has not ended")
			.containsExactly(TestDoetanks.today().toString(), "");
		assertThat(routes.records()).as("routes of public Doetanks only")
			.allSatisfy((row) -> assertThat(publicIds).contains(row.get("doetank_id")));

		assertThat(this.downloads.csv("evenementen").where("slug", cafe.slug())).singleElement().satisfies((row) -> {
			assertThat(row.get("registrations")).isEqualTo("1");
			assertThat(row.get("starts_at")).as("ISO 8601, in Amsterdam")
				.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00");
			assertThat(row.get("cancelled")).isEqualTo("false");
		});
		assertThat(this.downloads.csv("werkvormen").where("slug", werkvorm)).singleElement().satisfies((row) -> {
			assertThat(row.get("used_schetsen")).isEqualTo("1");
			assertThat(row.get("used_total")).isEqualTo("1");
			assertThat(row.get("phases")).isEqualTo("SCHETSEN");
		});

		Set<String> memberEmails = new HashSet<>(
				this.jdbc.queryForList("SELECT lower(email) FROM member", String.class));
		for (OpenDataset dataset : this.export.datasets()) {
			for (String format : List.of("csv", "json")) {
				String body = this.downloads.text("/open-data/" + dataset.name() + "." + format);
				for (MemberPrincipal person : List.of(trekker, coach, guest)) {
					assertThat(body).as(dataset.name() + "." + format)
						.doesNotContain(person.getUsername())
						.doesNotContain(person.name())
						.doesNotContain("Ottoline")
						.doesNotContain("Wieteke");
				}
				Matcher addresses = EMAIL.matcher(body);
				while (addresses.find()) {
					assertThat(memberEmails).as("a member's address in " + dataset.name() + "." + format)
						.doesNotContain(addresses.group().toLowerCase());
				}
			}
		}
	}

}
