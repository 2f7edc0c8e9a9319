package nl.clubhuis.notifications;

import java.util.List;

import nl.clubhuis.follow.Follows;
import nl.clubhuis.notifications.domain.MyNotifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wat jij volgt" on the home page: a member's newest notifications (what moved in what
 * they follow, and what concerns them) and whether they follow anything at all, so a
 * member who follows nothing is invited to. Two statements.
 */
@Service
public class FollowedNews {

	/** How many lines the home page shows. */
	public static final int LINES = 5;

	private final MyNotifications notifications;

	private final Follows follows;

	FollowedNews(MyNotifications notifications, Follows follows) {
		this.notifications = notifications;
		this.follows = follows;
	}

	@Transactional(readOnly = true)
	public Summary of(long memberId) {
		return new Summary(this.follows.followsAnything(memberId), this.notifications.latest(memberId, LINES));
	}

	/** Whether the member follows anything, and their newest notifications. */
	public record Summary(boolean followsAnything, List<NotificationLine> latest) {

		public Summary {
			latest = List.copyOf(latest);
		}

	}

}
