package nl.clubhuis.route;

/**
 * What a line of a phase's gatekeepers-overleg checklist is for (the three columns of the
 * network's table "Kunnen we door naar een volgende fase?").
 */
public enum ChecklistKind {

	/** Answered in every review: ja / nog niet / n.v.t. */
	CHECKPUNT,
	/** Guidance for the conversation. */
	HULPVRAAG,
	/**
	 * What the coach does in this phase ("wat is jouw rol als coach?"): guidance, never
	 * answered.
	 */
	COACHROL

}
