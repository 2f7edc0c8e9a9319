package nl.clubhuis.doetank;

/** What a gatekeepers-overleg decides. */
public enum GateDecision {

	/** On to the next phase. */
	DOOR,
	/** Stay in this phase, with agreed actions. */
	BLIJVEN,
	/** Back to an earlier phase, with a rewritten vraagstuk. */
	HERFORMULEREN,
	/** The Doetank stops; reason and lessons are recorded for the network. */
	STOPPEN,
	/** The route is complete (only from VERBREDEN). */
	AFRONDEN

}
