package nl.clubhuis.route;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /coach, the coaches' page: requested overleggen and the intake name people with a link
 * to their profile; the Doetanks that stall come with a button to ask for an overleg for
 * their own coaches; the overleggen a coach was at are listed; and the page costs the
 * same number of statements whatever the network holds.
 */
@IntegrationTest
class CoachPageTest {

	/**
	 * Gevraagde overleggen 4 (the coach's Doetanks, the requests, their Doetanks and
	 * names); stilvallen 3 (usual stays, the list with its total, the coach's Doetanks);
	 * intake 3 (the page, its count, the authors); overleggen waar je bij was 2 (the
	 * page, the Doetanks; its count only once there is more than one page); and the
	 * unread notifications in the header, on every page for a member.
	 */
	static final long CEILING = 15;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	GateReviewService reviews;

	@Autowired
	DoetankHistory history;

	@Autowired
	MemberDirectory directory;

	@Autowired
	StatementCounter statementCounter;

	@Test
	void whoAskedForAnOverlegAndWhoBroughtInAVraagstukAreLinksToTheirProfiles() throws Exception {
		MemberPrincipal coach = this.people.coach("Lotte Link");
		MemberPrincipal trekker = this.people.member("Pieter Profiel");
		String slug = this.doetanks.active(trekker, coach);
		this.reviews.requestReview(slug, "Klaar voor de volgende fase?", trekker);
		MemberPrincipal author = this.people.member("Ingrid Inbreng");
		this.doetanks.proposal(author);

		Html page = coachPage(coach, "?pagina=100000");

		Element request = page.all("section[aria-labelledby=overleg-titel] li")
			.stream()
			.filter((item) -> item.select("h3 a").attr("href").equals("/doetanks/" + slug + "#verloop"))
			.findFirst()
			.orElseThrow();
		assertThat(request.select(".card__by a").eachAttr("href")).containsExactly(profile(trekker));
		assertThat(request.select(".card__by").first().text()).startsWith("Gatekeepers-overleg gevraagd door Pieter");
		assertThat(page.links("section[aria-labelledby=intake-titel] .intake__author a")).contains(profile(author));
		assertThat(page.texts("section[aria-labelledby=intake-titel] .intake__author"))
			.anySatisfy((text) -> assertThat(text).startsWith("Ingebracht door Ingrid Inbreng"));
	}

	@Test
	void aStallingDoetankIsListedWithAButtonForItsCoachOnly() throws Exception {
		MemberPrincipal coach = this.people.coach("Siem Stil");
		String slug = stalling(coach, "Stil in schetsen");

		Element row = stallRow(coachPage(coach, ""), slug);
		assertThat(row.select("td.stall-table__phase").text()).matches("\\d+ maanden in schetsen, gewoonlijk \\d+");
		assertThat(row.select("td.stall-table__why").text())
			.isEqualTo("Langer in deze fase dan gewoonlijk, en al maanden geen activiteit");
		Element form = row.selectFirst("form");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/doetanks/" + slug + "/gatekeepers/aanvragen");
		assertThat(form.select("input[name=_csrf]")).hasSize(1);
		assertThat(form.select("button").text()).isEqualTo("Overleg aanvragen");

		Element forOtherCoach = stallRow(coachPage(this.people.coach("Ander Coach"), ""), slug);
		assertThat(forOtherCoach.select("form")).isEmpty();
		Element forBeheerder = stallRow(coachPage(this.people.beheerder("Bert Beheer"), ""), slug);
		assertThat(forBeheerder.select("form")).hasSize(1);
	}

	@Test
	void aCoachSeesTheOverleggenTheyWereAtNewestFirst() throws Exception {
		MemberPrincipal coach = this.people.coach("Anna Aanwezig");
		String slug = this.doetanks.active(this.people.member("Toon Trekker"), coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.DOOR), coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.BLIJVEN), coach);

		Html page = coachPage(coach, "");

		assertThat(page.links("#bijgewoond tbody th a")).containsOnly("/doetanks/" + slug + "#verloop").hasSize(2);
		assertThat(page.texts("#bijgewoond .attended-table__decision")).containsExactly("Blijven", "Door");
		assertThat(page.texts("#bijgewoond tbody td:nth-of-type(2)")).containsExactly("Schetsen", "Initiëren");
		assertThat(coachPage(this.people.coach("Nooit Aanwezig"), "").text("#bijgewoond .empty"))
			.isEqualTo("Je was nog niet bij een gatekeepers-overleg.");
	}

	@Test
	void theCoachPageCostsAFixedNumberOfStatementsWhateverTheNetworkHolds() throws Exception {
		MemberPrincipal me = this.people.coach("Quinten Query");
		for (int i = 0; i < DoetankCatalog.PAGE_SIZE; i++) {
			this.doetanks.proposal(this.people.member("Inbrenger " + i));
		}
		addALittleOfEverything(me, 0);
		long few = statementsFor(me);
		List<String> fewStatements = this.statementCounter.recorded();
		for (int round = 1; round <= 4; round++) {
			addALittleOfEverything(me, round);
		}
		long many = statementsFor(me);

		assertThat(many)
			.as("statements with five times as much going on: %s, first %s", this.statementCounter.recorded(),
					fewStatements)
			.isEqualTo(few);
		assertThat(few).as("statements for /coach: %s", this.statementCounter.recorded()).isLessThanOrEqualTo(CEILING);
	}

	private void addALittleOfEverything(MemberPrincipal me, int round) {
		MemberPrincipal trekker = this.people.member("Trekker " + round);
		String asking = this.doetanks.active(trekker, me);
		this.reviews.requestReview(asking, "Klaar?", trekker);
		// The history of a stalling Doetank holds an overleg this coach was at, too.
		stalling(me, "Stil " + round);
		this.doetanks.proposal(this.people.member("Nieuw " + round));
	}

	private long statementsFor(MemberPrincipal member) throws Exception {
		this.statementCounter.reset();
		this.mvc.perform(get("/coach").with(user(member))).andExpect(status().isOk());
		return this.statementCounter.count();
	}

	/**
	 * An active Doetank from the network's history that entered schetsen long ago and has
	 * been quiet since, coached by {@code coach}; returns its slug.
	 */
	private String stalling(MemberPrincipal coach, String title) {
		String slug = "stil-" + UUID.randomUUID().toString().substring(0, 8);
		this.history.record(new HistoricalDoetank(slug,
				new DoetankDetails(title + " " + slug, "Het vraagstuk ligt stil.", null, Theme.DIENSTVERLENING,
						List.of("Gemeente Testdorp"), EnumSet.noneOf(LookingFor.class), null),
				Phase.SCHETSEN, DoetankStatus.ACTIEF, LocalDate.of(1995, 1, 1), null, null, null, null, null, false,
				List.of(new TeamMember(this.people.member("Trekker van " + slug).id(), MembershipRole.TREKKER),
						new TeamMember(coach.id(), MembershipRole.COACH))));
		return slug;
	}

	private Element stallRow(Html page, String slug) {
		return page.all("#stilvallen tbody tr")
			.stream()
			.filter((row) -> row.select("th a").attr("href").equals("/doetanks/" + slug))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + slug + " in " + page.texts("#stilvallen tbody tr")));
	}

	private Html coachPage(MemberPrincipal coach, String query) throws Exception {
		return Html.of(this.mvc.perform(get("/coach" + query).with(user(coach))).andExpect(status().isOk()));
	}

	private String profile(MemberPrincipal member) {
		return this.directory.find(member.id()).orElseThrow().profilePath();
	}

}
