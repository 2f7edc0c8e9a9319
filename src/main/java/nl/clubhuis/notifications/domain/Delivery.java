package nl.clubhuis.notifications.domain;

import java.util.EnumSet;
import java.util.Set;

import nl.clubhuis.notifications.NotificationKind;

/**
 * How a member hears about a kind of notification by mail (it always shows on the site).
 */
public enum Delivery {

	/** One mail at once. */
	DIRECT,
	/** Listed in the daily or weekly digest. */
	DIGEST,
	/** No mail; only on the site. */
	NONE;

	/**
	 * What concerns the member personally (their request, their registration, a door or
	 * review asked of them, what the redactie did with their words) comes at once; what
	 * they follow comes in the digest.
	 */
	static final Set<NotificationKind> DIRECT_BY_DEFAULT = EnumSet.of(NotificationKind.REQUEST_DECIDED,
			NotificationKind.PLACE_OFFERED, NotificationKind.EVENT_CALLED_OFF, NotificationKind.EVENT_CHANGED,
			NotificationKind.DOOR_REQUESTED, NotificationKind.REVIEW_REQUESTED, NotificationKind.CONTENT_HIDDEN,
			NotificationKind.EVENT_RESUMED);

	public static Delivery defaultFor(NotificationKind kind) {
		return DIRECT_BY_DEFAULT.contains(kind) ? DIRECT : DIGEST;
	}

	/** The kinds that come at once by default, for SQL ({@code kind = ANY (?)}). */
	static String[] directByDefault() {
		return DIRECT_BY_DEFAULT.stream().map(Enum::name).toArray(String[]::new);
	}

}
