package nl.clubhuis.publishing;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a post is. News and the Café blog are written by redacteurs; a Doetank's blog by
 * its members; a beschouwing by a coach of that Doetank, on one of its phases.
 */
public enum PostKind {

	NIEUWS, CAFEBLOG, DOETANKBLOG, BESCHOUWING;

	/** What a Doetank's blog shows: its members' posts and its coaches' beschouwingen. */
	public static Set<PostKind> ofDoetanks() {
		return EnumSet.of(DOETANKBLOG, BESCHOUWING);
	}

	public boolean belongsToADoetank() {
		return this == DOETANKBLOG || this == BESCHOUWING;
	}

	/** Where the network's own sections live: /nieuws and /cafeblog. */
	public String section() {
		return switch (this) {
			case NIEUWS -> "nieuws";
			case CAFEBLOG -> "cafeblog";
			default -> throw new IllegalStateException(this + " lives on a Doetank's blog");
		};
	}

	public static PostKind ofSection(String section) {
		return switch (section) {
			case "nieuws" -> NIEUWS;
			case "cafeblog" -> CAFEBLOG;
			default -> throw new IllegalArgumentException(section);
		};
	}

	/** Where a post of this kind lives: on its Doetank's blog, or in its section. */
	public String pathOf(String doetankSlug, String slug) {
		return belongsToADoetank() ? "/doetanks/" + doetankSlug + "/blog/" + slug : "/" + section() + "/" + slug;
	}

}
