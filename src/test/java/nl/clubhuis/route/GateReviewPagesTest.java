package nl.clubhuis.route;

import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.TestDoetanks;

import java.util.List;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The gatekeepers-overleg form as a coach uses it. */
@IntegrationTest
class GateReviewPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	MemberPrincipal coach;

	String slug;

	List<Long> checkpoints;

	@BeforeEach
	void anActiveDoetank() {
		this.coach = this.people.coach("Cor Coach");
		this.slug = this.doetanks.active(this.people.member("Tessa Trekker"), this.coach);
		this.checkpoints = this.doetanks.review(this.slug, GateDecision.Kind.DOOR)
			.answers()
			.stream()
			.map(GateReviewCommand.Answer::checklistItemId)
			.toList();
	}

	@Test
	void theFormShowsTheChecklistAndGuidingQuestionsOfThePhase() throws Exception {
		this.mvc.perform(get("/doetanks/" + this.slug + "/gatekeepers/nieuw").with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is er een trekker die het vraagstuk wil dragen?")))
			.andExpect(content().string(containsString("Waarom een Doetank?")))
			.andExpect(content().string(containsString("De Doetank zit nu in de fase Initiëren.")));
	}

	@Test
	void missingAnswersAndAStopWithoutLessonsAreExplainedAndTheInputIsKept() throws Exception {
		this.mvc
			.perform(post("/doetanks/" + this.slug + "/gatekeepers").with(user(this.coach))
				.with(csrf())
				.param("heldOn", TestDoetanks.today().toString())
				.param("reflection", "Het team vond geen opdrachtgever.")
				.param("decision", "STOPPEN")
				.param("stopReason", "Niemand wilde opdrachtgever zijn.")
				.param("answers[" + this.checkpoints.get(0) + "]", "NOG_NIET"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "lessons", "answers[" + this.checkpoints.get(1) + "]"))
			.andExpect(content().string(containsString("Kies ja, nog niet of n.v.t.")))
			.andExpect(model().attributeHasFieldErrorCode("form", "lessons", "gate.rule.stopNeedsLessons"))
			.andExpect(content().string(containsString("Bij stoppen horen de lessen voor het netwerk.")))
			.andExpect(content().string(containsString("Het team vond geen opdrachtgever.")))
			.andExpect(content().string(containsString("Niemand wilde opdrachtgever zijn.")))
			.andExpect(content().string(containsString("value=\"NOG_NIET\" checked")));
		this.mvc.perform(get("/doetanks/" + this.slug))
			.andExpect(content().string(not(containsString("Waarom deze Doetank stopte"))));
	}

	@Test
	void aRecordedReviewShowsInTheTimelineAndMovesThePhase() throws Exception {
		this.mvc.perform(review("DOOR").param("coachIds", String.valueOf(this.coach.id())))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"));

		this.mvc.perform(get("/doetanks/" + this.slug))
			.andExpect(content().string(containsString("Fase 2 van 6: Schetsen")))
			.andExpect(content().string(containsString("Het verloop")))
			.andExpect(content().string(containsString("Het team is klaar voor de volgende stap.")))
			.andExpect(content().string(containsString("Checklist: 3 van 3 keer ja")));
	}

	@Test
	void aStoppedDoetankShowsItsStopInTheTimelineAndAmongTheLessons() throws Exception {
		this.mvc
			.perform(review("STOPPEN").param("stopReason", "De opdrachtgever trok zich terug.")
				.param("lessons", "Leg afspraken vast met de echte besluitvormer."))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/doetanks/" + this.slug))
			.andExpect(content().string(containsString("Waarom deze Doetank stopte")))
			.andExpect(content().string(containsString("Leg afspraken vast met de echte besluitvormer.")));
		this.mvc.perform(get("/doetanks/lessen").param("zoek", "echte besluitvormer"))
			.andExpect(content().string(containsString("/doetanks/" + this.slug)));
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
