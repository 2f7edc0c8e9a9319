package nl.clubhuis.doetank;

/**
 * A Doetank as other modules refer to it: by id, with what a link or a rule needs.
 */
public record DoetankRef(Long id, String slug, String title, Phase phase, DoetankStatus status) {

	/** Active, finished and stopped Doetanks are public; proposals are not. */
	public boolean isPublic() {
		return this.status.isPublic();
	}

	public boolean isActive() {
		return this.status == DoetankStatus.ACTIEF;
	}

	public String path() {
		return "/doetanks/" + this.slug;
	}

}
