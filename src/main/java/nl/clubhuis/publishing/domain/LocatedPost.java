package nl.clubhuis.publishing.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.publishing.PostRef;

/**
 * A post with the Doetank whose blog it is on and that Doetank's team: what its address
 * and the rules of {@link PostAccess} need. News and the Café blog have no Doetank and
 * nobody in their team.
 */
public record LocatedPost(Post post, DoetankRef doetank, TeamRoles team) {

	static LocatedPost inSection(Post post) {
		return new LocatedPost(post, null, TeamRoles.NOBODY);
	}

	/** The page of this post, relative to the portal. */
	public String path() {
		return this.post.getKind().pathOf((this.doetank != null) ? this.doetank.slug() : null, this.post.getSlug());
	}

	public PostRef ref() {
		return new PostRef(this.post.getId(), this.post.getTitle(), path());
	}

	/** Public, or on a Doetank that is: a proposal's posts are not for readers. */
	boolean isOnPublicPlace() {
		return this.doetank == null || this.doetank.isPublic();
	}

}
