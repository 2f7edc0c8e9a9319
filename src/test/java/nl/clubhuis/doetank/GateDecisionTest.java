package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which decision of a gatekeepers-overleg may be taken in which phase, and what it does
 * to the Doetank: the rule in one place, tested without Spring.
 */
class GateDecisionTest {

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void doorMovesOnExceptFromTheLastPhase() {
		assertThat(new GateDecision.Door(null).problemsIn(Phase.SCHETSEN)).isEmpty();
		assertThat(new GateDecision.Door(null).problemsIn(Phase.VERBREDEN))
			.containsExactly(entry("decision", "gate.rule.doorFromLast"));

		Doetank doetank = active(Phase.SCHETSEN);
		assertThat(doetank.decide(new GateDecision.Door("Opdrachtgever zoeken."), NOW)).isEqualTo(Phase.SCHETSEN);
		assertThat(doetank.getPhase()).isEqualTo(Phase.ADOPTEREN);
	}

	@Test
	void blijvenNeedsAgreedActions() {
		assertThat(new GateDecision.Blijven("  ").problemsIn(Phase.ADOPTEREN))
			.containsExactly(entry("agreedActions", "gate.rule.actionsNeeded"));

		Doetank doetank = active(Phase.ADOPTEREN);
		assertThatThrownBy(() -> doetank.decide(new GateDecision.Blijven(null), NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("gate.rule.actionsNeeded");
		doetank.decide(new GateDecision.Blijven("Over zes weken opnieuw."), NOW);
		assertThat(doetank.getPhase()).isEqualTo(Phase.ADOPTEREN);
	}

	@Test
	void herformulerenGoesBackWithARewrittenVraagstuk() {
		assertThat(new GateDecision.Herformuleren(Phase.ADOPTEREN, null, null).problemsIn(Phase.ADOPTEREN))
			.containsExactly(entry("backToPhase", "gate.rule.backToEarlier"),
					entry("newVraagstuk", "gate.rule.newVraagstuk"));

		Doetank doetank = active(Phase.EXPERIMENTEREN);
		doetank.decide(new GateDecision.Herformuleren(Phase.SCHETSEN, " Een scherper vraagstuk. ", null), NOW);
		assertThat(doetank.getPhase()).isEqualTo(Phase.SCHETSEN);
		assertThat(doetank.getVraagstuk()).isEqualTo("Een scherper vraagstuk.");
	}

	@Test
	void stoppenNeedsAReasonAndTheLessonsAndEndsTheRoute() {
		assertThat(new GateDecision.Stoppen("Geen opdrachtgever.", "").problemsIn(Phase.ADOPTEREN))
			.containsExactly(entry("lessons", "gate.rule.stopNeedsLessons"));
		assertThat(new GateDecision.Stoppen(null, "Eerder zoeken.").problemsIn(Phase.ADOPTEREN))
			.containsExactly(entry("stopReason", "gate.rule.stopNeedsReason"));

		Doetank doetank = active(Phase.ADOPTEREN);
		doetank.decide(new GateDecision.Stoppen("Geen opdrachtgever.", "Eerder zoeken."), NOW);
		assertThat(doetank.getStatus()).isEqualTo(DoetankStatus.GESTOPT);
		assertThat(doetank.getLessons()).isEqualTo("Eerder zoeken.");
		assertThatThrownBy(() -> doetank.decide(new GateDecision.Door(null), NOW)).hasMessage("gate.rule.routeEnded");
	}

	@Test
	void afrondenOnlyFromVerbreden() {
		assertThat(new GateDecision.Afronden().problemsIn(Phase.EVALUEREN))
			.containsExactly(entry("decision", "gate.rule.afrondenOnlyFromVerbreden"));

		Doetank doetank = active(Phase.VERBREDEN);
		doetank.decide(new GateDecision.Afronden(), NOW);
		assertThat(doetank.getStatus()).isEqualTo(DoetankStatus.AFGEROND);
	}

	@Test
	void afsluitenClosesWithItsResultBeforeVerbreden() {
		assertThat(new GateDecision.Afsluiten("  ").problemsIn(Phase.EXPERIMENTEREN))
			.containsExactly(entry("closingResult", "gate.rule.afsluitenNeedsResult"));
		assertThat(new GateDecision.Afsluiten("Een advies dat is ingevoerd.").problemsIn(Phase.VERBREDEN))
			.containsExactly(entry("decision", "gate.rule.afsluitenNotFromVerbreden"));

		Doetank doetank = active(Phase.EVALUEREN);
		doetank.decide(new GateDecision.Afsluiten("Een advies dat is ingevoerd."), NOW);
		assertThat(doetank.getStatus()).isEqualTo(DoetankStatus.AFGESLOTEN);
		assertThat(doetank.getPhase()).isEqualTo(Phase.EVALUEREN);
		assertThat(DoetankStatus.AFGESLOTEN.isPublic()).isTrue();
	}

	@Test
	void aFormsChoiceKeepsOnlyWhatBelongsToIt() {
		GateDecision door = GateDecision.of(GateDecision.Kind.DOOR, "Verder", Phase.INITIEREN, "Nieuw", "Reden",
				"Lessen");
		assertThat(door).isEqualTo(new GateDecision.Door("Verder"));
		GateDecision stop = GateDecision.of(GateDecision.Kind.STOPPEN, "Verder", Phase.INITIEREN, "Nieuw", "Reden",
				"Lessen");
		assertThat(stop).isEqualTo(new GateDecision.Stoppen("Reden", "Lessen"));
		assertThat(stop.agreedActions()).isNull();
	}

	private static Doetank active(Phase phase) {
		return Doetank.fromHistory("proef",
				new DoetankDetails("Proef", "Een vraagstuk.", null, Theme.DIENSTVERLENING, List.of(), Set.of(), null),
				phase, DoetankStatus.ACTIEF, NOW);
	}

	private static java.util.Map.Entry<String, String> entry(String field, String key) {
		return java.util.Map.entry(field, key);
	}

}
