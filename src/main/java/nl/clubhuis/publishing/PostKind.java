package nl.clubhuis.publishing;

/**
 * What a post is. News and the Café blog are written by redacteurs; a Doetank's blog by
 * its members; a beschouwing by a coach of that Doetank, on one of its phases.
 */
public enum PostKind {

	NIEUWS, CAFEBLOG, DOETANKBLOG, BESCHOUWING;

	public boolean belongsToADoetank() {
		return this == DOETANKBLOG || this == BESCHOUWING;
	}

	/** Where the network's own sections live: /nieuws and /cafeblog. */
	String section() {
		return switch (this) {
			case NIEUWS -> "nieuws";
			case CAFEBLOG -> "cafeblog";
			default -> throw new IllegalStateException(this + " lives on a Doetank's blog");
		};
	}

	static PostKind ofSection(String section) {
		return switch (section) {
			case "nieuws" -> NIEUWS;
			case "cafeblog" -> CAFEBLOG;
			default -> throw new IllegalArgumentException(section);
		};
	}

}
