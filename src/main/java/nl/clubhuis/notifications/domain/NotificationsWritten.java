package nl.clubhuis.notifications.domain;

import java.util.List;

import nl.clubhuis.notifications.NotificationKind;

/**
 * Notifications were written (inside the transaction of their cause): after the commit,
 * the members who want this kind by mail at once get it.
 */
public record NotificationsWritten(NotificationKind kind, List<Long> notificationIds) {

	public NotificationsWritten {
		notificationIds = List.copyOf(notificationIds);
	}

}
