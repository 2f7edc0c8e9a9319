package nl.clubhuis.route;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankProgress;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.OpenReviewRequests;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.ChecklistRepository;
import nl.clubhuis.route.domain.GateReviewRepository;
import nl.clubhuis.route.domain.GateReviewRequestRepository;
import nl.clubhuis.route.domain.PhaseTransitionRepository;
import nl.clubhuis.route.domain.StepMoments;
import nl.clubhuis.route.domain.SteppingIn;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gatekeepers-overleg as the coaches' intervision: the trekker or a coach asks for
 * one, at least two coaches hold it, and it may close a Doetank with its result.
 */
@IntegrationTest
class GatekeepersIntervisionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService doetankService;

	@Autowired
	OpenReviewRequests waiting;

	@Autowired
	ApplicationContext context;

	@Autowired
	ClubhuisProperties properties;

	TransactionTemplate transaction;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	String slug;

	List<Long> checkpoints;

	@BeforeEach
	void anActiveDoetank() {
		this.transaction = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.slug = this.doetanks.active(this.trekker, this.coach);
		this.checkpoints = this.doetanks.review(this.slug, GateDecision.Kind.DOOR)
			.answers()
			.stream()
			.map(GateReviewCommand.Answer::checklistItemId)
			.toList();
	}

	@Test
	void theCoachOfTheDoetankAsksForAnOverlegAndSeesTheFormToDoSo() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.coach))));
		assertThat(page.has("form.request-review textarea[name=note]")).as("the coach sees the request form").isTrue();

		this.mvc.perform(ask(this.slug, this.coach))
			.andExpect(redirectedUrl("/doetanks/" + this.slug))
			.andExpect(flash().attribute("flashSuccess", "gate.request.sent"));

		assertThat(this.waiting.waitingFor(Viewer.of(this.coach)))
			.anySatisfy((request) -> assertThat(request.doetank().slug()).isEqualTo(this.slug));
	}

	@Test
	void theTrekkerAsksTooButATeamMemberWhoIsNeitherMayNot() throws Exception {
		MemberPrincipal member = this.people.member("Lotte Lid");
		this.doetankService.requestToJoin(this.slug, "Ik doe mee.", member);
		this.doetankService.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, member), this.trekker);

		this.mvc.perform(ask(this.slug, member)).andExpect(status().isForbidden());
		this.mvc.perform(ask(this.slug, this.trekker))
			.andExpect(flash().attribute("flashSuccess", "gate.request.sent"));
	}

	@Test
	void aCoachCannotAskForAnOverlegOfAnotherDoetank() throws Exception {
		String other = this.doetanks.active(this.people.member("Otto Trekker"), this.people.coach("Olga Coach"));

		this.mvc.perform(ask(other, this.coach)).andExpect(status().isForbidden());
		assertThat(this.waiting.waitingFor(Viewer.of(this.coach)))
			.noneSatisfy((request) -> assertThat(request.doetank().slug()).isEqualTo(other));
	}

	@Test
	void anOverlegWithFewerThanTwoCoachesIsExplainedNextToTheCoachesAndTheInputIsKept() throws Exception {
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/gatekeepers/nieuw").with(user(this.coach))));
		assertThat(form.text("#gate-coaches-hint")).contains("minstens 2");

		this.mvc.perform(review("DOOR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "coachIds", "gate.rule.tooFewCoaches"))
			.andExpect((result) -> {
				Html page = Html.of(result);
				assertThat(page.fieldError("coachIds"))
					.isEqualTo("Een gatekeepers-overleg houden minstens 2 coaches, jijzelf meegeteld. "
							+ "Kruis de coaches aan die er waren.");
				assertThat(page.value("reflection")).isEqualTo("Het team is klaar voor de volgende stap.");
				assertThat(page.checked("decision")).containsExactly("DOOR");
				assertThat(page.checked("answers[" + this.checkpoints.get(0) + "]")).containsExactly("JA");
			});
		assertThat(this.doetanks.load(this.slug, this.coach).getPhase()).isEqualTo(Phase.INITIEREN);

		this.mvc.perform(review("DOOR").param("coachIds", String.valueOf(this.doetanks.secondCoach().id())))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"));
		assertThat(this.doetanks.load(this.slug, this.coach).getPhase()).isEqualTo(Phase.SCHETSEN);
	}

	@Test
	void aMemberWhoIsNoCoachDoesNotCountAsTheSecondCoach() throws Exception {
		this.mvc.perform(review("DOOR").param("coachIds", String.valueOf(this.trekker.id())))
			.andExpect(model().attributeHasFieldErrorCode("form", "coachIds", "gate.rule.tooFewCoaches"));
	}

	@Test
	void afsluitenViaTheFormClosesTheDoetankWithItsResult() throws Exception {
		this.mvc.perform(review("AFSLUITEN").param("coachIds", String.valueOf(this.doetanks.secondCoach().id())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "closingResult", "gate.rule.afsluitenNeedsResult"));

		this.mvc
			.perform(review("AFSLUITEN").param("coachIds", String.valueOf(this.doetanks.secondCoach().id()))
				.param("closingResult", "Een werkwijze die vijf gemeenten nu gebruiken."))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"))
			.andExpect(flash().attribute("flashSuccess", "gate.recorded.AFSLUITEN"));

		assertThat(this.doetanks.load(this.slug, this.coach).getStatus()).isEqualTo(DoetankStatus.AFGESLOTEN);
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(page.text(".doetank-header .badge--afgesloten")).isEqualTo("Afgesloten met resultaat");
		assertThat(page.text("#afgesloten-titel")).isEqualTo("Wat deze Doetank opleverde");
		assertThat(page.text(".closed")).contains("Een werkwijze die vijf gemeenten nu gebruiken.");
		assertThat(page.text(".timeline .review__closed")).contains("Een werkwijze die vijf gemeenten nu gebruiken.");
		assertThat(page.texts(".timeline .review .badge")).containsExactly("Afsluiten met resultaat");
		assertThat(Html.of(this.mvc.perform(get("/doetanks").param("status", "AFGESLOTEN"))).links())
			.contains("/doetanks/" + this.slug);
	}

	@Test
	void anOverlegSentTwiceIsRecordedOnceAndMovesTheRouteOneStep() throws Exception {
		String second = String.valueOf(this.doetanks.secondCoach().id());
		List<List<String>> sends = List.of(List.of("BLIJVEN", "Over een maand opnieuw kijken."),
				List.of("BLIJVEN", "Over een maand opnieuw kijken."), List.of("BLIJVEN", "Eerst de wethouder spreken."),
				List.of("DOOR", "Schetsen met de gebruikers."), List.of("DOOR", "Schetsen met de gebruikers."));
		String reviewed = null;
		for (int send = 0; send < sends.size(); send++) {
			if (send == 0 || send == 3) {
				reviewed = Html
					.of(this.mvc.perform(get("/doetanks/" + this.slug + "/gatekeepers/nieuw").with(user(this.coach))))
					.value("reviewed");
			}
			String decision = sends.get(send).get(0);
			this.mvc
				.perform(review(decision).param("coachIds", second)
					.param("reviewed", reviewed)
					.param("agreedActions", sends.get(send).get(1)))
				.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"))
				.andExpect(flash().attribute("flashSuccess", "gate.recorded." + decision));
		}

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.coach))));
		assertThat(page.texts(".timeline .review .badge")).containsExactly("Blijven", "Blijven", "Door");
		assertThat(this.doetanks.load(this.slug, this.coach).getPhase()).isEqualTo(Phase.SCHETSEN);
	}

	@Test
	void theNetworkSetsHowManyCoachesHoldAnOverleg() throws Exception {
		GateReviewService withThree = serviceWith(3);
		GateReviewCommand withTwo = this.doetanks.review(this.slug, GateDecision.Kind.DOOR);
		assertThat(withThree.quorum().minimum()).isEqualTo(3);
		assertThatThrownBy(() -> this.transaction
			.executeWithoutResult((status) -> withThree.record(this.slug, withTwo, this.coach)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("gate.rule.tooFewCoaches");

		GateReviewService withOne = serviceWith(1);
		GateReviewCommand alone = new GateReviewCommand(withTwo.heldOn(), Set.of(), withTwo.answers(),
				withTwo.reflection(), withTwo.decision());
		this.transaction.executeWithoutResult((status) -> withOne.record(this.slug, alone, this.coach));
		assertThat(this.doetanks.load(this.slug, this.coach).getPhase()).isEqualTo(Phase.SCHETSEN);
	}

	/**
	 * The service after a beheerder set {@code coachesAtOverleg} on /beheer/instellingen
	 * (the other settings kept).
	 */
	private GateReviewService serviceWith(int coachesAtOverleg) throws Exception {
		RouteSetting now = this.context.getBean(RouteSettings.class).current();
		this.mvc
			.perform(post("/beheer/instellingen").with(user(this.people.beheerder("Instellingen Beheerder")))
				.with(csrf())
				.param("coachesAtOverleg", String.valueOf(coachesAtOverleg))
				.param("percentile", String.valueOf(Math.round(now.percentile() * 100)))
				.param("minimumStays", String.valueOf(now.minimumStays()))
				.param("defaultStayMonths", String.valueOf(now.defaultStayMonths()))
				.param("inactiveMonths", String.valueOf(now.inactiveMonths()))
				.param("version", String.valueOf(now.version())))
			.andExpect(redirectedUrl("/beheer/instellingen"))
			.andExpect(flash().attribute("flashSuccess", "settings.saved"));
		return this.context.getBean(GateReviewService.class);
	}

	/** The network's settings as they were: two coaches at an overleg. */
	@AfterEach
	void restoreTheQuorum() throws Exception {
		if (this.context.getBean(RouteSettings.class).current().coachesAtOverleg() != 2) {
			serviceWith(2);
		}
	}

	private MockHttpServletRequestBuilder ask(String doetank, MemberPrincipal who) {
		return post("/doetanks/" + doetank + "/gatekeepers/aanvragen").with(user(who))
			.with(csrf())
			.param("note", "Klaar voor de volgende stap?");
	}

	private MockHttpServletRequestBuilder review(String decision) {
		MockHttpServletRequestBuilder request = post("/doetanks/" + this.slug + "/gatekeepers").with(user(this.coach))
			.with(csrf())
			.param("heldOn", TestDoetanks.today().toString())
			.param("reflection", "Het team is klaar voor de volgende stap.")
			.param("decision", decision);
		this.checkpoints.forEach((id) -> request.param("answers[" + id + "]", "JA"));
		return request;
	}

}
