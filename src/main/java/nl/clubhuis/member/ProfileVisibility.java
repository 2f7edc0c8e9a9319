package nl.clubhuis.member;

/**
 * Who sees a member's profile; everyone else sees only the name, unlinked. Members only
 * unless the member opens it up.
 */
public enum ProfileVisibility {

	IEDEREEN, LEDEN, NIEMAND;

	/** Whether someone (logged in or not) sees the profile and a link to it. */
	public boolean visibleTo(boolean loggedIn) {
		return this == IEDEREEN || (this == LEDEN && loggedIn);
	}

}
