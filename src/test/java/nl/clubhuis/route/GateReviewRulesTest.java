package nl.clubhuis.route;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.OpenReviewRequests;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;

import nl.clubhuis.route.domain.GateReview;
import nl.clubhuis.route.domain.GateReviewAnswer;
import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.route.domain.TransitionKind;

import java.util.List;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gatekeepers-overleg moves a Doetank along its route (besides a coach's single step
 * without one, see PhaseChangeTest).
 */
@IntegrationTest
class GateReviewRulesTest {

	@Autowired
	GateReviewService reviews;

	@Autowired
	DoetankService doetankService;

	@Autowired
	OpenReviewRequests waiting;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	JdbcTemplate jdbc;

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
	void onlyACoachOfThatDoetankRecordsAReview() {
		MemberPrincipal otherCoach = this.people.coach("Andere Coach");

		assertThatThrownBy(() -> record(GateDecision.Kind.DOOR, this.trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> record(GateDecision.Kind.DOOR, otherCoach)).isInstanceOf(AccessDeniedException.class);
		assertThat(phase()).isEqualTo(Phase.INITIEREN);

		record(GateDecision.Kind.DOOR, this.people.beheerder("Bas Beheerder"));
		assertThat(phase()).as("a beheerder may step in").isEqualTo(Phase.SCHETSEN);
	}

	@Test
	void aTrekkerAsksForAReviewAndTheCoachSeesIt() {
		this.reviews.requestReview(this.slug, "We hebben een team en een scherp vraagstuk.", this.trekker);

		assertThat(this.waiting.waitingFor(Viewer.of(this.coach))).anySatisfy(
				(request) -> assertThat(request.note()).isEqualTo("We hebben een team en een scherp vraagstuk."));
		assertThatThrownBy(() -> this.reviews.requestReview(this.slug, "Nog een keer", this.trekker))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.reviews.requestReview(this.slug, "Ook de coach vraagt", this.coach))
			.as("one open request at a time, whoever asks")
			.isInstanceOf(RuleViolationException.class);

		record(GateDecision.Kind.DOOR, this.coach);
		assertThat(this.waiting.waitingFor(Viewer.of(this.coach)))
			.noneSatisfy((request) -> assertThat(request.doetank().slug()).isEqualTo(this.slug));
	}

	@Test
	void doorMovesExactlyOnePhaseForward() {
		record(GateDecision.Kind.DOOR, this.coach);
		record(GateDecision.Kind.DOOR, this.coach);

		assertThat(phase()).isEqualTo(Phase.ADOPTEREN);
		assertThat(stages()).extracting(Timeline.Stage::phase)
			.containsExactly(Phase.INITIEREN, Phase.SCHETSEN, Phase.ADOPTEREN);
	}

	@Test
	void blijvenKeepsThePhaseAndNeedsAgreedActions() {
		record(GateDecision.Kind.BLIJVEN, this.coach);

		assertThat(phase()).isEqualTo(Phase.INITIEREN);
		assertThat(stages()).singleElement()
			.satisfies((stage) -> assertThat(stage.reviews()).extracting((entry) -> entry.review().getDecision())
				.containsExactly(GateDecision.Kind.BLIJVEN));
	}

	@Test
	void herformulerenGoesBackToAnEarlierPhaseWithANewVraagstuk() {
		record(GateDecision.Kind.DOOR, this.coach);
		record(GateDecision.Kind.DOOR, this.coach);

		record(GateDecision.Kind.HERFORMULEREN, this.coach);

		Doetank doetank = this.doetanks.load(this.slug, null);
		assertThat(doetank.getPhase()).isEqualTo(Phase.INITIEREN);
		assertThat(doetank.getVraagstuk()).isEqualTo("Een scherper vraagstuk.");
		assertThat(stages()).extracting(Timeline.Stage::phase)
			.containsExactly(Phase.INITIEREN, Phase.SCHETSEN, Phase.ADOPTEREN, Phase.INITIEREN);
		assertThat(stages().get(3).enteredBy()).isEqualTo(TransitionKind.HERFORMULEREN);
	}

	@Test
	void herformulerenCannotGoForwardOrStay() {
		record(GateDecision.Kind.DOOR, this.coach);
		GateReviewCommand sameOrLater = withBackTo(Phase.SCHETSEN);

		assertThatThrownBy(() -> this.reviews.record(this.slug, sameOrLater, this.coach))
			.isInstanceOf(RuleViolationException.class);
		assertThat(phase()).isEqualTo(Phase.SCHETSEN);
	}

	@Test
	void afrondenOnlyFromVerbreden() {
		assertThatThrownBy(() -> record(GateDecision.Kind.AFRONDEN, this.coach))
			.isInstanceOf(RuleViolationException.class);
		for (int step = 0; step < 5; step++) {
			record(GateDecision.Kind.DOOR, this.coach);
		}
		assertThat(phase()).isEqualTo(Phase.VERBREDEN);
		assertThatThrownBy(() -> record(GateDecision.Kind.DOOR, this.coach)).isInstanceOf(RuleViolationException.class);

		record(GateDecision.Kind.AFRONDEN, this.coach);

		assertThat(this.doetanks.load(this.slug, null).getStatus()).isEqualTo(DoetankStatus.AFGEROND);
		assertThatThrownBy(() -> record(GateDecision.Kind.BLIJVEN, this.coach)).as("the route has ended")
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void stoppenNeedsReasonAndLessonsAndEndsTheRoute() {
		GateReviewCommand withoutLessons = new GateReviewCommand(TestDoetanks.today(),
				this.doetanks.review(this.slug, GateDecision.Kind.STOPPEN).coachIds(),
				this.doetanks.review(this.slug, GateDecision.Kind.STOPPEN).answers(), "Het lukt niet.",
				new GateDecision.Stoppen("Geen opdrachtgever.", " "));
		assertThatThrownBy(() -> this.reviews.record(this.slug, withoutLessons, this.coach))
			.isInstanceOf(RuleViolationException.class);

		record(GateDecision.Kind.STOPPEN, this.coach);

		Doetank stopped = this.doetanks.load(this.slug, null);
		assertThat(stopped.getStatus()).isEqualTo(DoetankStatus.GESTOPT);
		assertThat(stopped.getStopReason()).isEqualTo("Geen opdrachtgever gevonden.");
		assertThat(stopped.getLessons()).isEqualTo("Betrek eerder een opdrachtgever.");
		assertThatThrownBy(() -> record(GateDecision.Kind.DOOR, this.coach)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.reviews.requestReview(this.slug, "Toch door?", this.trekker))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void everyCheckpointMustBeAnswered() {
		GateReviewCommand full = this.doetanks.review(this.slug, GateDecision.Kind.DOOR);
		GateReviewCommand missingOne = new GateReviewCommand(full.heldOn(), full.coachIds(),
				full.answers().subList(1, full.answers().size()), full.reflection(), full.decision());

		assertThatThrownBy(() -> this.reviews.record(this.slug, missingOne, this.coach))
			.isInstanceOf(RuleViolationException.class);
		assertThat(phase()).isEqualTo(Phase.INITIEREN);
	}

	@Test
	void theRouteIsAppendOnly() {
		record(GateDecision.Kind.DOOR, this.coach);
		Long doetankId = this.doetanks.load(this.slug, null).getId();

		assertThatThrownBy(() -> this.jdbc
			.update("UPDATE phase_transition SET to_phase = 'VERBREDEN' WHERE doetank_id = ?", doetankId))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM gate_review WHERE doetank_id = ?", doetankId))
			.hasMessageContaining("append-only");
	}

	@Test
	void theReviewKeepsTheQuestionsAsTheyWereAsked() {
		record(GateDecision.Kind.DOOR, this.coach);

		Timeline.ReviewEntry entry = stages().get(0).reviews().get(0);
		assertThat(entry.answers()).extracting(GateReviewAnswer::getQuestion)
			.contains("Is er een trekker die het vraagstuk wil dragen?");
		assertThat(entry.review().getCoachesPresent()).contains(this.coach.id());
	}

	@Test
	void onlyWhatBelongsToTheDecisionIsRecorded() {
		// The command carries text for every decision, as a form would after the coach
		// changed their mind.
		record(GateDecision.Kind.DOOR, this.coach);

		GateReview door = stages().get(0).reviews().get(0).review();
		assertThat(door.getAgreedActions()).isEqualTo("Over zes weken opnieuw kijken.");
		assertThat(door.getStopReason()).isNull();
		assertThat(door.getLessons()).isNull();
		assertThat(door.getNewVraagstuk()).isNull();
		assertThat(door.getBackToPhase()).isNull();
	}

	@Test
	void anOverlegCannotBeHeldBeforeThePhaseBegan() {
		GateReviewCommand today = this.doetanks.review(this.slug, GateDecision.Kind.DOOR);
		GateReviewCommand lastYear = new GateReviewCommand(today.heldOn().minusYears(1), today.coachIds(),
				today.answers(), today.reflection(), today.decision());

		assertThatThrownBy(() -> this.reviews.record(this.slug, lastYear, this.coach))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("gate.rule.heldBeforePhase");
		assertThat(phase()).isEqualTo(Phase.INITIEREN);
	}

	@Test
	void onlyADoetankInVerbredenBecomesADiffusietank() {
		assertThatThrownBy(() -> this.reviews.markDiffusietank(this.slug, true, this.coach))
			.isInstanceOf(RuleViolationException.class);
		for (int step = 0; step < 5; step++) {
			record(GateDecision.Kind.DOOR, this.coach);
		}
		assertThatThrownBy(() -> this.reviews.markDiffusietank(this.slug, true, this.trekker))
			.isInstanceOf(AccessDeniedException.class);

		this.reviews.markDiffusietank(this.slug, true, this.coach);

		assertThat(this.doetanks.load(this.slug, null).isDiffusietank()).isTrue();
	}

	private void record(GateDecision.Kind decision, MemberPrincipal who) {
		this.reviews.record(this.slug, this.doetanks.review(this.slug, decision), who);
	}

	private GateReviewCommand withBackTo(Phase backTo) {
		GateReviewCommand c = this.doetanks.review(this.slug, GateDecision.Kind.HERFORMULEREN);
		return new GateReviewCommand(c.heldOn(), c.coachIds(), c.answers(), c.reflection(),
				new GateDecision.Herformuleren(backTo, "Een scherper vraagstuk.", null));
	}

	private Phase phase() {
		return this.doetanks.load(this.slug, null).getPhase();
	}

	private List<Timeline.Stage> stages() {
		return this.doetanks.timeline(this.slug).stages();
	}

}
