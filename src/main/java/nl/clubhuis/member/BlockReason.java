package nl.clubhuis.member;

/**
 * Why a beheerder blocked an account, for the logboek: a code, never free text, so the
 * logboek keeps nothing of the member but their id.
 */
public enum BlockReason {

	/** Advertising, nonsense or fake sign-ups. */
	SPAM,
	/** Insults, threats or harassment of other members. */
	MISBRUIK,
	/** The member asked for it (a pause, or while their erasure is handled). */
	OP_VERZOEK, ANDERS

}
