package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.GateDecision;

/**
 * Why a Doetank's route changed: its intake, or the decision of a gatekeepers-overleg.
 */
public enum TransitionKind {

	INTAKE, DOOR, BLIJVEN, HERFORMULEREN, STOPPEN, AFRONDEN;

	public static TransitionKind of(GateDecision decision) {
		return valueOf(decision.kind().name());
	}

}
