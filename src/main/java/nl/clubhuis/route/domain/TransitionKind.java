package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.GateDecision;

/**
 * Why a Doetank's route changed: its intake, the decision of a gatekeepers-overleg, or
 * OVERGANG: a coach moved it one phase without an overleg, giving the reason.
 */
public enum TransitionKind {

	INTAKE, DOOR, BLIJVEN, HERFORMULEREN, STOPPEN, AFRONDEN, AFSLUITEN, OVERGANG;

	public static TransitionKind of(GateDecision decision) {
		return valueOf(decision.kind().name());
	}

}
