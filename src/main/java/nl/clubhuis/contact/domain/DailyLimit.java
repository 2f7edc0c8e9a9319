package nl.clubhuis.contact.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code perDay} messages from one sender in any 24 hours (a sliding window, so
 * nobody sends ten at 23:59 and ten more at 00:01).
 */
public record DailyLimit(int perDay) {

	static final Duration WINDOW = Duration.ofHours(24);

	public DailyLimit {
		if (perDay < 0) {
			throw new IllegalArgumentException("a limit is not negative");
		}
	}

	/** From when sent messages count at {@code now}. */
	public Instant countsSince(Instant now) {
		return now.minus(WINDOW);
	}

	/** Whether one more may go after {@code sentInWindow} in the window. */
	public boolean allowsAnother(long sentInWindow) {
		return sentInWindow < this.perDay;
	}

}
