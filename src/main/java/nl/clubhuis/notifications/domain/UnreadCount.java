package nl.clubhuis.notifications.domain;

import java.time.Instant;

/**
 * How many of a member's notifications are unread, and when the next one that waits for
 * its moment (a scheduled post's) appears: until then the number holds unless a
 * notification is added, read or removed.
 *
 * @param count the unread notifications that have appeared
 * @param nextAppearsAt when the next unread one appears, or null when none waits
 */
public record UnreadCount(long count, Instant nextAppearsAt) {

	/** Whether, at {@code now}, a notification has appeared since this was counted. */
	public boolean outdatedAt(Instant now) {
		return this.nextAppearsAt != null && !now.isBefore(this.nextAppearsAt);
	}

}
