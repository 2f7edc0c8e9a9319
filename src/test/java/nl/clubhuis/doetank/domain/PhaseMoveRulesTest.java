package nl.clubhuis.doetank.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coach's phase change without a gatekeepers-overleg, and closing with a result: the
 * rules of the Doetank itself, without Spring.
 */
class PhaseMoveRulesTest {

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	static final String REASON = "Het team heeft een schets.";

	@Test
	void aStepIsOnePhaseForwardOrBack() {
		Doetank doetank = active();

		assertThat(doetank.move(Phase.SCHETSEN, REASON, NOW)).isEqualTo(Phase.INITIEREN);
		assertThat(doetank.getPhase()).isEqualTo(Phase.SCHETSEN);
		assertThat(doetank.move(Phase.INITIEREN, REASON, NOW)).isEqualTo(Phase.SCHETSEN);
		assertThat(doetank.getPhase()).isEqualTo(Phase.INITIEREN);
		assertThat(doetank.getStatus()).isEqualTo(DoetankStatus.ACTIEF);
	}

	@Test
	void twoStepsTheSamePhaseOrNoneAreRefused() {
		Doetank doetank = active();

		for (Phase to : new Phase[] { Phase.ADOPTEREN, Phase.INITIEREN, null }) {
			assertThatThrownBy(() -> doetank.move(to, REASON, NOW)).isInstanceOf(RuleViolationException.class)
				.hasMessage("gate.overgang.rule.oneStep");
		}
		assertThat(doetank.getPhase()).isEqualTo(Phase.INITIEREN);
	}

	@Test
	void aStepAlwaysSaysWhy() {
		Doetank doetank = active();

		for (String reason : new String[] { null, "", "  " }) {
			assertThatThrownBy(() -> doetank.move(Phase.SCHETSEN, reason, NOW))
				.isInstanceOf(RuleViolationException.class)
				.hasMessage("gate.overgang.rule.reasonRequired");
		}
		assertThat(doetank.getPhase()).isEqualTo(Phase.INITIEREN);
	}

	@Test
	void onlyAnActiveDoetankMoves() {
		Doetank proposal = proposal();
		assertThatThrownBy(() -> proposal.move(Phase.SCHETSEN, REASON, NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("gate.rule.routeEnded");

		Doetank closed = active();
		closed.decide(new GateDecision.Afsluiten("Een handreiking voor alle teams."), NOW);
		assertThatThrownBy(() -> closed.move(Phase.SCHETSEN, REASON, NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("gate.rule.routeEnded");
	}

	@Test
	void closingWithAResultKeepsTheResultOnTheDoetank() {
		Doetank doetank = active();

		doetank.decide(new GateDecision.Afsluiten("  Een handreiking voor alle teams. "), NOW);

		assertThat(doetank.getStatus()).isEqualTo(DoetankStatus.AFGESLOTEN);
		assertThat(doetank.getResult()).isEqualTo("Een handreiking voor alle teams.");
		assertThat(doetank.getPhase()).isEqualTo(Phase.INITIEREN);
	}

	private static Doetank proposal() {
		return Doetank.propose("proef", new DoetankDetails("Proef", "Te veel regels.", null, Theme.DIENSTVERLENING,
				List.of("Gemeente Zwolle"), Set.of(LookingFor.LEDEN), null), 1L, NOW);
	}

	private static Doetank active() {
		Doetank doetank = proposal();
		doetank.accept(nl.clubhuis.doetank.TestDoetanks.ACCEPTING, 2L, NOW, LocalDate.of(2026, 11, 30));
		return doetank;
	}

}
