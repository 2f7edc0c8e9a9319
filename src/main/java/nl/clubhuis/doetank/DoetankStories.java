package nl.clubhuis.doetank;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What is written about a Doetank: its blog and the coaches' beschouwingen. The module
 * that publishes posts provides it, so the Doetank page can show them without this module
 * knowing how posts are kept.
 */
public interface DoetankStories {

	/** Published beschouwingen on this Doetank's phases, oldest first. */
	List<Story> beschouwingen(DoetankRef doetank);

	/** The latest published posts on this Doetank's blog, newest first. */
	List<Story> latestPosts(DoetankRef doetank, int howMany);

	/** One post, as the Doetank page shows it. */
	record Story(String title, String path, nl.clubhuis.member.MemberRef author, ZonedDateTime publishedAt, Phase phase,
			String excerpt) {

		public String authorName() {
			return this.author.name();
		}

	}

}
