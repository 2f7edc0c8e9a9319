package nl.clubhuis.follow;

/**
 * What the "Volgen" button on a page needs: what it follows, whether the viewer follows
 * it already, and whether they follow it anyway as part of its team or as its author
 * (then the page says so instead of offering a button).
 */
public record FollowButton(FollowTarget target, boolean following, boolean byRole) {

	public String kindParam() {
		return this.target.kind().word();
	}

}
