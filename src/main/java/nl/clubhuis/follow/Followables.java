package nl.clubhuis.follow;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import nl.clubhuis.member.Viewer;

/**
 * What one kind of target is, kept by the module that owns it (the questions module for
 * questions): whether this viewer may follow it (it exists and they may see it), and what
 * to call it on /mijn/volgend. One bean per {@link FollowKind}.
 */
public interface Followables {

	FollowKind kind();

	boolean mayFollow(long id, Viewer viewer);

	/**
	 * The names of these targets that still exist, in the page's language, with their
	 * pages, in one query.
	 */
	Map<Long, Followed> describe(Collection<Long> ids, Locale locale);

	/** A followed thing as /mijn/volgend lists it. */
	record Followed(String title, String path) {
	}

}
