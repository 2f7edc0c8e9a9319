package nl.clubhuis.notifications.domain;

import java.util.List;

import nl.clubhuis.moderation.ContentHidden;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.Notifier;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/** The author hears that the redactie hid what they wrote, and why. */
@Component
class ModerationNotifications {

	private final Notifier notifier;

	ModerationNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void hidden(ContentHidden hidden) {
		this.notifier
			.announce(Announcement
				.of(NotificationKind.CONTENT_HIDDEN,
						"hidden:" + hidden.kind() + ":" + hidden.itemId() + ":" + hidden.at().toEpochMilli(),
						hidden.path(), hidden.at(), hidden.word())
				.to(List.of(hidden.authorId()))
				.by(hidden.redacteurId()));
	}

}
