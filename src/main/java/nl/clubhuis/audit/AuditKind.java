package nl.clubhuis.audit;

/** What kind of fact the logboek holds; the beheer page filters on it. */
public enum AuditKind {

	/** A network role granted; the detail is the role. */
	ROLE_GRANTED,

	/** A network role taken away; the detail is the role. */
	ROLE_REVOKED,

	BLOCKED, UNBLOCKED,

	/** A member's account erased (by themselves or a beheerder). */
	ERASED,

	/**
	 * A beheerder acted in a Doetank where they have no role of their own; the detail
	 * says what they did.
	 */
	STEPPED_IN,
	/**
	 * A beheerder sent a member's confirmation link to a new address; the address changes
	 * when the member follows it.
	 */
	EMAIL_CHANGE_SENT

}
