package nl.clubhuis.notifications.domain;

import java.util.Set;

import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.Notifier;
import nl.clubhuis.publishing.PostHidden;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostPublished;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * A new blog post or beschouwing of a Doetank reaches its team and followers and the
 * writer's followers; a Café blog post its writer's followers. News is for everyone and
 * notifies nobody. A scheduled post shows from its publication moment.
 */
@Component
class PostNotifications {

	private final Notifier notifier;

	private final DoetankAudience audience;

	PostNotifications(Notifier notifier, DoetankAudience audience) {
		this.notifier = notifier;
		this.audience = audience;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(PostPublished published) {
		if (published.kind() == PostKind.NIEUWS) {
			return;
		}
		Announcement announcement = Announcement
			.of(NotificationKind.NEW_POST, keyOf(published.post().id()), published.post().path(),
					published.publishedAt(), published.post().title())
			.by(published.writerId())
			.toFollowersOf(Set.of(FollowTarget.member(published.writerId())));
		this.notifier.announce((published.doetank() != null)
				? this.audience.around(announcement, published.doetank(), false) : announcement);
	}

	/**
	 * A hidden post is no longer announced: not on the page, the home page or a digest.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void hidden(PostHidden hidden) {
		this.notifier.withdrawFromEveryone(keyOf(hidden.postId()));
	}

	private static String keyOf(Long postId) {
		return "post:" + postId;
	}

}
