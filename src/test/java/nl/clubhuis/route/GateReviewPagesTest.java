package nl.clubhuis.route;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.TestDoetanks;

import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

	@Autowired
	JdbcTemplate jdbc;

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
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/gatekeepers/nieuw").with(user(this.coach)))
				.andExpect(status().isOk()));
		assertThat(form.texts(".checkpoint legend")).contains("Is er een trekker die het vraagstuk wil dragen?");
		assertThat(form.texts(".guidance li"))
			.anySatisfy((question) -> assertThat(question).startsWith("Waarom een Doetank?"));
		assertThat(form.text(".page-header .lead")).endsWith("De Doetank zit nu in de fase Initiëren.");
	}

	@Test
	void theFormShowsTheCoachsRoleInThisPhaseAsGuidanceNotAsAField() throws Exception {
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/gatekeepers/nieuw").with(user(this.coach)))
				.andExpect(status().isOk()));
		assertThat(form.text(".checklist .coach-role h3")).isEqualTo("Jouw rol als coach");
		assertThat(form.texts(".checklist .coach-role li")).containsExactly("Inzet van je netwerk",
				"Reflectie op publieke waarde");
		assertThat(form.has(".coach-role input, .coach-role textarea")).isFalse();
		assertThat(form.texts(".checkpoint legend")).doesNotContain("Inzet van je netwerk");
		assertThat(form.texts("details.guidance li")).doesNotContain("Inzet van je netwerk");
	}

	/**
	 * A review copies the questions it was held with: when the network later switches a
	 * checkpoint off and words it anew (as V35 did), the old review still shows what was
	 * answered, and the next review asks the new question. Rolled back afterwards, so the
	 * shared checklist stays as it is.
	 */
	@Test
	@Transactional
	void aRecordedReviewKeepsTheQuestionsItWasHeldWithWhenTheChecklistChangesLater() throws Exception {
		String old = "Is er een trekker die het vraagstuk wil dragen?";
		String reworded = "Is er een trekker met tijd en zin om het vraagstuk te dragen?";
		this.mvc.perform(review("BLIJVEN").param("agreedActions", "Over vier weken opnieuw kijken."))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"));

		assertThat(this.jdbc.update("UPDATE gate_checklist_item SET active = FALSE WHERE phase = 'INITIEREN' "
				+ "AND kind = 'CHECKPUNT' AND text_nl = ? AND active", old))
			.isOne();
		this.jdbc.update(
				"INSERT INTO gate_checklist_item (phase, position, kind, text_nl, text_en) "
						+ "VALUES ('INITIEREN', 1, 'CHECKPUNT', ?, 'Is there a trekker with time and will?')",
				reworded);

		Html doetank = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(doetank.texts(".timeline .review__answers li")).anySatisfy((line) -> assertThat(line).contains(old))
			.noneSatisfy((line) -> assertThat(line).contains(reworded));
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/gatekeepers/nieuw").with(user(this.coach))));
		assertThat(form.texts(".checkpoint legend")).contains(reworded).doesNotContain(old);
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
			.andExpect(model().attributeHasFieldErrorCode("form", "lessons", "gate.rule.stopNeedsLessons"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("answers[" + this.checkpoints.get(1) + "]"))
					.isEqualTo("Kies ja, nog niet of n.v.t.");
				assertThat(form.fieldError("lessons")).isEqualTo("Bij stoppen horen de lessen voor het netwerk.");
				assertThat(form.value("reflection")).isEqualTo("Het team vond geen opdrachtgever.");
				assertThat(form.value("stopReason")).isEqualTo("Niemand wilde opdrachtgever zijn.");
				assertThat(form.checked("answers[" + this.checkpoints.get(0) + "]")).containsExactly("NOG_NIET");
				assertThat(form.checked("decision")).containsExactly("STOPPEN");
			});
		Html doetank = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(doetank.has("#gestopt-titel")).isFalse();
		assertThat(doetank.text()).doesNotContain("Waarom deze Doetank stopte");
	}

	@Test
	void aRecordedReviewShowsInTheTimelineAndMovesThePhase() throws Exception {
		this.mvc.perform(review("DOOR").param("coachIds", String.valueOf(this.coach.id())))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"));

		Html doetank = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(doetank.text(".phase-steps__label")).isEqualTo("Fase 2 van 6: Schetsen");
		assertThat(doetank.text("#verloop-titel")).isEqualTo("Het verloop");
		assertThat(doetank.text(".timeline .review")).contains("Het team is klaar voor de volgende stap.")
			.contains("Checklist: 3 van 3 keer ja");
	}

	@Test
	void theCoachesReflectionAmongThemselvesIsReadByCoachesOnly() throws Exception {
		this.mvc
			.perform(review("DOOR").param("coachesReflection", "Ik trok te hard aan het team; volgende keer vragen."))
			.andExpect(status().is3xxRedirection());

		String coachesOnly = ".timeline .review__private";
		Html asOtherCoach = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.people.coach("Olga Overcoach")))));
		assertThat(asOtherCoach.text(coachesOnly)).contains("Ik trok te hard aan het team");
		Html asVisitor = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(asVisitor.has(coachesOnly)).isFalse();
		assertThat(asVisitor.text()).doesNotContain("Ik trok te hard");
		Html asMember = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.people.member("Mo Lid")))));
		assertThat(asMember.text()).doesNotContain("Ik trok te hard");
	}

	@Test
	void aStoppedDoetankShowsItsStopInTheTimelineAndAmongTheLessons() throws Exception {
		this.mvc
			.perform(review("STOPPEN").param("stopReason", "De opdrachtgever trok zich terug.")
				.param("lessons", "Leg afspraken vast met de echte besluitvormer."))
			.andExpect(status().is3xxRedirection());

		Html doetank = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(doetank.text("#gestopt-titel")).isEqualTo("Waarom deze Doetank stopte");
		assertThat(doetank.text(".stopped")).contains("Leg afspraken vast met de echte besluitvormer.");
		assertThat(doetank.text(".timeline .review__stopped"))
			.contains("Leg afspraken vast met de echte besluitvormer.");
		assertThat(Html.of(this.mvc.perform(get("/doetanks/lessen").param("zoek", "echte besluitvormer")))
			.links(".lessons")).contains("/doetanks/" + this.slug);
	}

	private MockHttpServletRequestBuilder review(String decision) {
		MockHttpServletRequestBuilder request = post("/doetanks/" + this.slug + "/gatekeepers").with(user(this.coach))
			.with(csrf())
			.param("heldOn", TestDoetanks.today().toString())
			.param("reflection", "Het team is klaar voor de volgende stap.")
			.param("coachIds", String.valueOf(this.doetanks.secondCoach().id()))
			.param("decision", decision);
		this.checkpoints.forEach((id) -> request.param("answers[" + id + "]", "JA"));
		return request;
	}

}
