package nl.clubhuis.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The network's own time zone. Moments are stored as {@link Instant}s (UTC in the
 * database); view records turn them into the time people in the Netherlands read, with
 * {@link #of(Instant)}, and templates format that with {@code @dates}. The JVM's default
 * zone plays no part.
 */
public final class AmsterdamTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private AmsterdamTime() {
	}

	/** The moment as a time in Amsterdam; null stays null (no date yet). */
	public static ZonedDateTime of(Instant moment) {
		return (moment != null) ? moment.atZone(ZONE) : null;
	}

}
