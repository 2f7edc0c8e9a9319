package nl.clubhuis.notifications;

import java.time.Instant;
import java.util.List;

import nl.clubhuis.follow.Follows;
import nl.clubhuis.notifications.domain.MyNotifications;
import nl.clubhuis.shared.MemberContent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wat jij volgt" on the home page: a member's newest notifications (what moved in what
 * they follow, and what concerns them) and whether they follow anything at all, so a
 * member who follows nothing is invited to. Kept per member until their notifications or
 * what they follow change, or a notification waiting for its moment appears
 * ({@link MemberContent}); three statements when it is read.
 */
@Service
public class FollowedNews {

	/** How many lines the home page shows. */
	public static final int LINES = 5;

	private static final String KEY = "notifications.followed";

	private final MyNotifications notifications;

	private final Follows follows;

	private final MemberContent kept;

	FollowedNews(MyNotifications notifications, Follows follows, MemberContent kept) {
		this.notifications = notifications;
		this.follows = follows;
		this.kept = kept;
	}

	@Transactional(readOnly = true)
	public Summary of(long memberId) {
		Summary summary = this.kept.get(memberId, KEY, () -> read(memberId));
		if (summary.outdatedAt(this.notifications.instant())) {
			// a notification waiting for its moment (a scheduled post's) has appeared
			this.kept.forget(memberId);
			summary = this.kept.get(memberId, KEY, () -> read(memberId));
		}
		return summary;
	}

	private Summary read(long memberId) {
		// One moment for both: a notification appearing in between is in neither
		// otherwise.
		Instant now = this.notifications.instant();
		return new Summary(this.follows.followsAnything(memberId), this.notifications.latest(memberId, LINES, now),
				this.notifications.unread(memberId, now).nextAppearsAt());
	}

	/**
	 * Whether the member follows anything, their newest notifications, and when the next
	 * one waiting for its moment appears (null: none waits).
	 */
	public record Summary(boolean followsAnything, List<NotificationLine> latest, Instant nextAppearsAt) {

		public Summary {
			latest = List.copyOf(latest);
		}

		/** Whether, at {@code now}, a notification has appeared since this was read. */
		public boolean outdatedAt(Instant now) {
			return this.nextAppearsAt != null && !now.isBefore(this.nextAppearsAt);
		}

	}

}
