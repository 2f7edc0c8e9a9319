package nl.clubhuis.site;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.doetank.TestExpertise;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.GateReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /mijn, the member's start page: each section shows this member's own data, says what to
 * do next when it has none, and reads in Dutch and English.
 */
@IntegrationTest
class MyPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	GateReviewService reviews;

	@Autowired
	TestEvents events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	TestExpertise expertise;

	@BeforeEach
	void expertise() {
		this.expertise = new TestExpertise(this.jdbc);
	}

	@Test
	void aNewMemberSeesEverySectionEmptyWithWhatToDoNext() throws Exception {
		Html page = mine(this.people.member("Nora Nieuw"));

		assertThat(page.title()).startsWith("Mijn Clubhuis");
		assertThat(page.texts("main h2")).containsExactly("Mijn Doetanks", "Wacht op mij", "Mijn aanvragen",
				"Mijn aanmeldingen", "Voor jou");
		assertThat(page.text("#mijn-doetanks .empty")).startsWith("Je doet nog niet mee in een Doetank.");
		assertThat(page.links("#mijn-doetanks .empty")).contains("/doetanks/nieuw");
		assertThat(page.text("#wacht-op-mij .empty")).startsWith("Er wacht nu niets op je.");
		assertThat(page.text("#mijn-aanvragen .empty")).startsWith("Je hebt geen aanvragen lopen.");
		assertThat(page.links("#mijn-aanmeldingen .empty")).containsExactly("/agenda");
		assertThat(page.links("#voor-jou .empty")).containsExactly("/mijn/profiel");
	}

	@Test
	void theHeaderLeadsAMemberToTheirStartPageAndVisitorsToTheLogin() throws Exception {
		Html home = Html.of(this.mvc.perform(get("/").with(user(this.people.member("Henk Header")))));
		assertThat(home.linkTexts("/mijn")).containsExactly("Mijn Clubhuis");

		assertThat(this.mvc.perform(get("/mijn"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void myDoetanksListsCurrentRolesButNotProposalsOrRequests() throws Exception {
		MemberPrincipal trekker = this.people.member("Tilly Trekker");
		MemberPrincipal coach = this.people.coach("Coen Coach");
		String led = this.doetanks.active(trekker, coach);
		String coached = this.doetanks.active(this.people.member("Ander Trekker"), this.people.coach("Cas Coach"));
		this.doetanks.addCoach(coached, trekker);
		String proposal = this.doetanks.proposal(trekker);
		String asked = this.doetanks.active(this.people.member("Derde Trekker"), coach);
		this.service.requestToJoin(asked, "Mag ik meedoen?", trekker);

		Html page = mine(trekker);

		assertThat(page.links("#mijn-doetanks")).containsExactlyInAnyOrder("/doetanks/" + led, "/doetanks/" + coached);
		assertThat(page.links("#mijn-doetanks")).doesNotContain("/doetanks/" + proposal, "/doetanks/" + asked);
		assertThat(rowOf(page, "#mijn-doetanks", led)).contains("Trekker", "Fase 1 van 6: Initiëren");
		assertThat(rowOf(page, "#mijn-doetanks", coached)).contains("Coach");
		assertThat(mine(coach).links("#mijn-doetanks")).contains("/doetanks/" + led, "/doetanks/" + asked)
			.doesNotContain("/doetanks/" + coached);
	}

	@Test
	void whatWaitsForATrekkerAndACoachAndNobodyElse() throws Exception {
		MemberPrincipal trekker = this.people.member("Wanda Wacht");
		MemberPrincipal coach = this.people.coach("Wim Wachtcoach");
		String slug = this.doetanks.active(trekker, coach);
		this.service.requestToJoin(slug, "Ik help graag.", this.people.member("Anna Aanvraag"));
		this.service.requestToJoin(slug, "Ik ook.", this.people.member("Bert Aanvraag"));
		this.reviews.requestReview(slug, "Klaar voor schetsen?", trekker);
		this.doetanks.proposal(this.people.member("Piet Voorstel"));

		Html trekkersPage = mine(trekker);
		assertThat(trekkersPage.linkTexts("/doetanks/" + slug + "#aanvragen-titel"))
			.containsExactly("2 aanvragen om mee te doen bij " + title(slug));
		assertThat(trekkersPage.links("#wacht-op-mij")).doesNotContain("/coach#intake-titel");

		Html coachesPage = mine(coach);
		assertThat(coachesPage.links("#wacht-op-mij")).contains("/coach#intake-titel")
			.doesNotContain("/doetanks/" + slug + "#aanvragen-titel");
		assertThat(coachesPage.linkTexts("/doetanks/" + slug + "#verloop"))
			.containsExactly(title(slug) + " vraagt om een gatekeepers-overleg (fase Initiëren)");

		Html someoneElse = mine(this.people.member("Olga Onbetrokken"));
		assertThat(someoneElse.text("#wacht-op-mij .empty")).startsWith("Er wacht nu niets op je.");
	}

	@Test
	void myRequestsShowHowEachStandsAndOnlyMine() throws Exception {
		MemberPrincipal me = this.people.member("Rosa Request");
		MemberPrincipal trekker = this.people.member("Theo Trekker");
		MemberPrincipal coach = this.people.coach("Carla Coach");
		String open = this.doetanks.active(trekker, coach);
		String declined = this.doetanks.active(trekker, coach);
		this.service.requestToJoin(open, "Ik wil meedoen.", me);
		this.service.requestToJoin(declined, "Ik wil ook hier meedoen.", me);
		this.service.declineRequest(declined, this.doetanks.pendingRequestId(declined, me), "Het team is vol.",
				trekker);
		String waiting = this.doetanks.proposal(me);
		String refused = this.doetanks.proposal(me);
		this.service.decline(refused, nl.clubhuis.doetank.TestDoetanks.DECLINING,
				"Past beter bij een bestaande Doetank.", coach);

		Html page = mine(me);

		assertThat(rowOf(page, "#mijn-aanvragen .my-requests", open)).contains("Wacht op de trekker", "Intrekken");
		assertThat(page.links("#mijn-aanvragen .my-requests")).contains("/mijn/aanvragen/" + open + "/intrekken")
			.doesNotContain("/mijn/aanvragen/" + declined + "/intrekken");
		assertThat(rowOf(page, "#mijn-aanvragen .my-requests", declined)).contains("Afgewezen",
				"Toelichting: Het team is vol.");
		assertThat(rowOf(page, "#mijn-aanvragen .my-proposals", waiting)).contains("Wacht op intake");
		assertThat(rowOf(page, "#mijn-aanvragen .my-proposals", refused)).contains("Niet aangenomen",
				"Past beter bij een bestaande Doetank.");
		assertThat(page.texts("#mijn-aanvragen .my-requests .badge")).containsExactly("Wacht op de trekker",
				"Afgewezen");

		Html others = mine(trekker);
		assertThat(others.has("#mijn-aanvragen .my-requests")).isFalse();
		assertThat(others.links("#mijn-aanvragen")).doesNotContain("/doetanks/" + open);
	}

	@Test
	void myRegistrationsShowTheNextFewAndLeadToTheWholeAgenda() throws Exception {
		MemberPrincipal me = this.people.member("Agnes Agenda");
		MemberPrincipal redacteur = this.people.redacteur("Rob Redactie");
		EventRef cafe = this.events.cafe(null, redacteur);
		EventRef full = this.events.cafe(1, redacteur);
		this.registrations.register(full.slug(), null, this.people.member("Eerste Bezoeker"));
		this.registrations.register(cafe.slug(), null, me);
		this.registrations.register(full.slug(), null, me);
		EventRef notMine = this.events.cafe(null, redacteur);

		Html page = mine(me);

		assertThat(page.links("#mijn-aanmeldingen")).contains(cafe.path(), full.path(), "/mijn/agenda")
			.doesNotContain(notMine.path());
		assertThat(rowOf(page, "#mijn-aanmeldingen", full.path())).contains("Op de wachtlijst");
		assertThat(rowOf(page, "#mijn-aanmeldingen", cafe.path())).contains("Aangemeld");
	}

	@Test
	void doetanksLookingForWhatIKnowAreSuggestedButNotOnesImIn() throws Exception {
		MemberPrincipal me = this.people.member("Saskia Suggestie");
		this.expertise.memberKnows(me.id(), "toezicht-en-handhaving", "ruimtelijke-ordening");
		MemberPrincipal trekker = this.people.member("Sjaak Trekker");
		MemberPrincipal coach = this.people.coach("Sien Coach");
		String both = this.doetanks.active(trekker, coach);
		this.expertise.doetankLooksFor(both, "toezicht-en-handhaving", "ruimtelijke-ordening", "duurzaamheid");
		String one = this.doetanks.active(trekker, coach);
		this.expertise.doetankLooksFor(one, "ruimtelijke-ordening");
		String other = this.doetanks.active(trekker, coach);
		this.expertise.doetankLooksFor(other, "duurzaamheid");
		String joined = this.doetanks.active(trekker, coach);
		this.expertise.doetankLooksFor(joined, "toezicht-en-handhaving");
		this.service.requestToJoin(joined, "Ik weet iets van aanbesteden.", me);
		String proposal = this.doetanks.proposal(trekker);
		this.expertise.doetankLooksFor(proposal, "toezicht-en-handhaving");

		Html page = mine(me);

		assertThat(page.links("#voor-jou .card__title")).startsWith("/doetanks/" + both, "/doetanks/" + one)
			.doesNotContain("/doetanks/" + other, "/doetanks/" + joined, "/doetanks/" + proposal);
		assertThat(rowOf(page, "#voor-jou", both))
			.contains("Zoekt wat jij kunt: Ruimtelijke ordening, Toezicht en handhaving")
			.doesNotContain("Duurzaamheid");

		MemberPrincipal designer = this.people.member("Daan Designer");
		this.expertise.memberKnows(designer.id(), "taal-en-toegankelijkheid");
		Html nothing = mine(designer);
		assertThat(nothing.text("#voor-jou .empty")).startsWith("Er is nu geen Doetank die zoekt wat jij kunt.");
	}

	@Test
	void thePageReadsInEnglish() throws Exception {
		MemberPrincipal me = this.people.member("Emma English");
		String slug = this.doetanks.active(me, this.people.coach("Edgar Coach"));
		this.service.requestToJoin(slug, "Let me in.", this.people.member("Ernie Asker"));

		Html page = Html.of(this.mvc.perform(get("/mijn?lang=en").with(user(me))).andExpect(status().isOk()));

		assertThat(page.lang()).isEqualTo("en");
		assertThat(page.texts("main h2")).containsExactly("My Doetanks", "Waiting for me", "My requests",
				"My registrations", "For you");
		assertThat(page.linkTexts("/doetanks/" + slug + "#aanvragen-titel"))
			.containsExactly("1 request to join " + title(slug));
		assertThat(rowOf(page, "#mijn-doetanks", slug)).contains("Trekker", "Phase 1 of 6");
	}

	private Html mine(MemberPrincipal member) throws Exception {
		return Html.of(this.mvc.perform(get("/mijn").with(user(member))).andExpect(status().isOk()));
	}

	/**
	 * The text of the list item or card in this section that links to the Doetank or
	 * page.
	 */
	static String rowOf(Html page, String section, String slugOrPath) {
		String path = slugOrPath.startsWith("/") ? slugOrPath : "/doetanks/" + slugOrPath;
		return page
			.all(section + " li:has(a[href=\"" + path + "\"]), " + section + " article:has(a[href=\"" + path + "\"])")
			.text();
	}

	private String title(String slug) {
		return this.jdbc.queryForObject("SELECT title FROM doetank WHERE slug = ?", String.class, slug);
	}

}
