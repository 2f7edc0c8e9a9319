package nl.clubhuis.publishing;

import java.time.Instant;

/** Keep as a concept, or publish at a moment (now, or later: ingepland). */
public record Publication(boolean publish, Instant at) {

	public static Publication concept() {
		return new Publication(false, null);
	}

	public static Publication at(Instant moment) {
		return new Publication(true, moment);
	}

}
