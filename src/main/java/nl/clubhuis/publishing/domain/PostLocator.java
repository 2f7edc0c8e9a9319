package nl.clubhuis.publishing.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;

import org.springframework.stereotype.Component;

/** Finds the Doetank and team a post belongs to, through the doetank module's API. */
@Component
class PostLocator {

	private final Doetanks doetanks;

	PostLocator(Doetanks doetanks) {
		this.doetanks = doetanks;
	}

	LocatedPost locate(Post post) {
		if (post.getDoetankId() == null) {
			return LocatedPost.inSection(post);
		}
		DoetankRef doetank = this.doetanks.find(post.getDoetankId())
			.orElseThrow(() -> new IllegalStateException("post " + post.getId() + " on an unknown Doetank"));
		return new LocatedPost(post, doetank, this.doetanks.team(doetank.id()));
	}

}
