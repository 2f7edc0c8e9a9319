package nl.clubhuis.publishing;

import nl.clubhuis.doetank.Doetank;

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

	static Link ofDoetank(Doetank doetank) {
		return new Link("/doetanks/" + doetank.getSlug() + "/blog/feed", "feed.doetank", doetank.getTitle());
	}

	static Link ofAllDoetankBlogs() {
		return new Link("/blogs/feed", "feed.blogs", null);
	}

	static Link of(Post post) {
		return post.getKind().belongsToADoetank() ? ofDoetank(post.getDoetank()) : ofSection(post.getKind());
	}

}
