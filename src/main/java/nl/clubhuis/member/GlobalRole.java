package nl.clubhuis.member;

/**
 * Roles on the account, for the whole network. Roles inside one Doetank live on its
 * memberships.
 */
public enum GlobalRole {

	LID, COACH, REDACTEUR, BEHEERDER;

	public String authority() {
		return "ROLE_" + name();
	}

}
