package nl.clubhuis.doetank;

/**
 * Why a Doetank's route changed: its intake, or the decision of a gatekeepers-overleg.
 */
public enum TransitionKind {

	INTAKE, DOOR, BLIJVEN, HERFORMULEREN, STOPPEN, AFRONDEN;

	static TransitionKind of(GateDecision decision) {
		return valueOf(decision.name());
	}

}
