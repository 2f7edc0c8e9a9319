package nl.clubhuis.agenda;

/**
 * An event as other modules refer to it. {@code version} grows with every change; a
 * change names the version it started from.
 */
public record EventRef(Long id, String slug, EventType type, String title, long version) {

	public String path() {
		return "/agenda/" + this.slug;
	}

	/** A team's own meeting. */
	public boolean isDoetankMeeting() {
		return this.type == EventType.DOETANK;
	}

}
