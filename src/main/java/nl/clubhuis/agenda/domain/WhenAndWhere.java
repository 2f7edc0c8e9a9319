package nl.clubhuis.agenda.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When and where an event is, to tell what a change moved. Times within a millisecond are
 * the same: the database keeps microseconds of what was given in nanoseconds.
 */
record WhenAndWhere(Instant startsAt, Instant endsAt, String location, String onlineUrl) {

	boolean sameTime(WhenAndWhere other) {
		return same(this.startsAt, other.startsAt) && same(this.endsAt, other.endsAt);
	}

	boolean samePlace(WhenAndWhere other) {
		return Objects.equals(this.location, other.location) && Objects.equals(this.onlineUrl, other.onlineUrl);
	}

	boolean sameAs(WhenAndWhere other) {
		return sameTime(other) && samePlace(other);
	}

	private static boolean same(Instant one, Instant other) {
		return Math.abs(Duration.between(one, other).toNanos()) < 1_000_000;
	}

}
