package nl.clubhuis.publishing.web;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.domain.LocatedPost;

/**
 * Where the Atom feeds live, so pages can advertise them with
 * {@code <link rel="alternate">}.
 */
final class Feeds {

	private Feeds() {
	}

	/** A feed: its address and the message key (with argument) of its title. */
	record Link(String path, String titleKey, String titleArgument) {

	}

	static Link ofSection(PostKind kind) {
		return new Link("/" + kind.section() + "/feed", "feed." + kind.section(), null);
	}

	static Link ofDoetank(DoetankRef doetank) {
		return new Link("/doetanks/" + doetank.slug() + "/blog/feed", "feed.doetank", doetank.title());
	}

	static Link ofAllDoetankBlogs() {
		return new Link("/blogs/feed", "feed.blogs", null);
	}

	static Link of(LocatedPost post) {
		return (post.doetank() != null) ? ofDoetank(post.doetank()) : ofSection(post.post().getKind());
	}

}
