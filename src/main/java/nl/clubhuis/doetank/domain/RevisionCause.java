package nl.clubhuis.doetank.domain;

/** Why a Doetank's description changed. */
public enum RevisionCause {

	/** Someone saved the edit form. */
	BEWERKING,
	/** A gatekeepers-overleg decided to rewrite the vraagstuk. */
	HERFORMULEREN,
	/** The author withdrew the proposal. */
	INGETROKKEN,
	/** The author brought a declined or withdrawn proposal in again. */
	OPNIEUW_INGEBRACHT

}
