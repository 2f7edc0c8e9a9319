package nl.clubhuis.route;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.route.domain.TransitionKind;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * "Faseovergang zonder overleg": a coach of the Doetank moves it one phase forward or
 * back with a reason, and the timeline tells it apart from a gatekeepers-overleg.
 */
@IntegrationTest
class PhaseChangeTest {

	static final String REASON = "Het team heeft een schets die de opdrachtgever herkent.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService doetankService;

	@Autowired
	PhaseChangeService service;

	@Autowired
	GateReviewService reviews;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	String slug;

	@BeforeEach
	void anActiveDoetank() {
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.slug = this.doetanks.active(this.trekker, this.coach);
	}

	@Test
	void theCoachFindsTheFormOnTheDoetankPageWithOnlyTheNextPhaseFromInitieren() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.coach))));
		assertThat(page.links("#verloop")).contains("/doetanks/" + this.slug + "/overgang");
		Html trekkersPage = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))));
		assertThat(trekkersPage.links("#verloop")).doesNotContain("/doetanks/" + this.slug + "/overgang");

		Html form = Html.of(this.mvc.perform(get("/doetanks/" + this.slug + "/overgang").with(user(this.coach)))
			.andExpect(status().isOk()));
		assertThat(form.text("h1")).isEqualTo("Faseovergang zonder overleg");
		assertThat(form.value("from")).isEqualTo("INITIEREN");
		assertThat(form.all("input[name=to]").eachAttr("value")).containsExactly("SCHETSEN");
		assertThat(form.label("to")).isEqualTo("Door naar 2. Schetsen");
		assertThat(form.value("movedOn")).isEqualTo(TestDoetanks.today().toString());
	}

	@Test
	void aStepForwardAndBackShowInTheTimelineAsStepsWithoutAnOverleg() throws Exception {
		this.mvc.perform(move("INITIEREN", "SCHETSEN", REASON))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"))
			.andExpect(flash().attribute("flashSuccess", "gate.overgang.recorded"));
		assertThat(phase()).isEqualTo(Phase.SCHETSEN);

		Html form = Html.of(this.mvc.perform(get("/doetanks/" + this.slug + "/overgang").with(user(this.coach))));
		assertThat(form.all("input[name=to]").eachAttr("value")).containsExactly("INITIEREN", "ADOPTEREN");
		this.mvc.perform(move("SCHETSEN", "INITIEREN", "De opdrachtgever haakte af; eerst opnieuw initiëren."))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"));
		assertThat(phase()).isEqualTo(Phase.INITIEREN);

		Timeline timeline = this.doetanks.timeline(this.slug);
		assertThat(timeline.stages()).extracting(Timeline.Stage::enteredBy)
			.containsExactly(TransitionKind.INTAKE, TransitionKind.OVERGANG, TransitionKind.OVERGANG);
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(page.texts(".timeline__entered--plain strong")).containsOnly("Overgang zonder gatekeepers-overleg")
			.hasSize(2);
		assertThat(page.texts(".timeline__entered--plain").get(0)).contains("door Cor Coach op").contains(REASON);
		assertThat(page.texts(".timeline__reason")).contains("De opdrachtgever haakte af; eerst opnieuw initiëren.");
		assertThat(page.has(".timeline .review")).as("no overleg was held").isFalse();
	}

	@Test
	void anOverlegAndAPlainStepLookDifferentInTheTimeline() throws Exception {
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.DOOR), this.coach);
		this.mvc.perform(move("SCHETSEN", "ADOPTEREN", REASON)).andExpect(status().is3xxRedirection());

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(page.texts(".timeline__entered")).containsExactly("Begonnen na de intake door een coach.",
				"Door naar deze fase na een gatekeepers-overleg.", page.text(".timeline__entered--plain"));
		assertThat(page.text(".timeline .review__present")).contains("Cor Coach").contains("Gerda Gatekeeper");
		assertThat(page.texts(".timeline .review")).hasSize(1);
		assertThat(page.text(".timeline__entered--plain")).contains(REASON);
	}

	@Test
	void twoStepsAMissingReasonOrADayBeforeThePhaseAreExplainedAndTheInputIsKept() throws Exception {
		this.mvc.perform(move("INITIEREN", "ADOPTEREN", REASON))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "to", "gate.overgang.rule.oneStep"))
			.andExpect((result) -> assertThat(Html.of(result).value("reason")).isEqualTo(REASON));

		this.mvc
			.perform(move("INITIEREN", "SCHETSEN", " ").param("movedOn", TestDoetanks.today().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "reason", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "movedOn", "gate.overgang.rule.beforePhase"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("movedOn"))
					.isEqualTo("Deze datum ligt vóór het begin van de huidige fase. Kies de dag van de overgang.");
				assertThat(form.checked("to")).containsExactly("SCHETSEN");
				assertThat(form.errorSummary()).hasSize(2);
			});

		this.mvc
			.perform(
					move("INITIEREN", "SCHETSEN", REASON).param("movedOn", TestDoetanks.today().plusDays(2).toString()))
			.andExpect(model().attributeHasFieldErrorCode("form", "movedOn", "PastOrPresent"));
		assertThat(phase()).isEqualTo(Phase.INITIEREN);
	}

	@Test
	void theRuleItselfRefusesTwoStepsAndAnEndedRoute() {
		assertThatThrownBy(() -> this.service.move(this.slug,
				new PhaseChange(Phase.INITIEREN, Phase.ADOPTEREN, REASON, null), this.coach))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("gate.overgang.rule.oneStep");

		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.STOPPEN), this.coach);
		assertThatThrownBy(() -> this.service.move(this.slug,
				new PhaseChange(Phase.INITIEREN, Phase.SCHETSEN, REASON, null), this.coach))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("gate.rule.routeEnded");
	}

	@Test
	void sendingTheFormTwiceMovesOnlyOnce() throws Exception {
		this.mvc.perform(move("INITIEREN", "SCHETSEN", REASON)).andExpect(status().is3xxRedirection());
		this.mvc.perform(move("INITIEREN", "SCHETSEN", REASON))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"))
			.andExpect(flash().attribute("flashProblem", "gate.overgang.rule.alreadyMoved"));

		assertThat(phase()).isEqualTo(Phase.SCHETSEN);
		assertThat(this.doetanks.timeline(this.slug).stages()).hasSize(2);
	}

	@Test
	void onlyACoachOfThisDoetankOrABeheerderMovesIt() throws Exception {
		MemberPrincipal member = this.people.member("Lotte Lid");
		this.doetankService.requestToJoin(this.slug, "Ik doe mee.", member);
		this.doetankService.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, member), this.trekker);
		MemberPrincipal otherCoach = this.people.coach("Olga Coach");

		for (MemberPrincipal who : new MemberPrincipal[] { this.trekker, member, otherCoach }) {
			this.mvc.perform(move(who, "INITIEREN", "SCHETSEN", REASON)).andExpect(status().isForbidden());
		}
		assertThat(phase()).isEqualTo(Phase.INITIEREN);

		this.mvc.perform(move(this.people.beheerder("Bas Beheerder"), "INITIEREN", "SCHETSEN", REASON))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"));
		assertThat(phase()).isEqualTo(Phase.SCHETSEN);
	}

	private MockHttpServletRequestBuilder move(String from, String to, String reason) {
		return move(this.coach, from, to, reason);
	}

	private MockHttpServletRequestBuilder move(MemberPrincipal who, String from, String to, String reason) {
		return post("/doetanks/" + this.slug + "/overgang").with(user(who))
			.with(csrf())
			.param("from", from)
			.param("to", to)
			.param("reason", reason);
	}

	private Phase phase() {
		return this.doetanks.load(this.slug, this.coach).getPhase();
	}

}
