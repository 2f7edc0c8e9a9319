package nl.clubhuis.member;

/**
 * A member as other modules show them: who they are, where they work and where their
 * profile is. Never an e-mail address.
 */
public record MemberRef(Long id, String name, String organisation, String slug, ProfileVisibility visibility) {

	/** Whether a page links this name to the profile, for a visitor or a member. */
	public boolean profileVisibleTo(boolean loggedIn) {
		return this.visibility.visibleTo(loggedIn);
	}

	public boolean profileVisibleTo(Viewer viewer) {
		return profileVisibleTo(viewer.isLoggedIn());
	}

	/** The profile's address, whether or not this viewer may see it. */
	public String profilePath() {
		return "/leden/" + this.slug;
	}

}
