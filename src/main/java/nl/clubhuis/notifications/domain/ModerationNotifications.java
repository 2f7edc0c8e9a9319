package nl.clubhuis.notifications.domain;

import java.util.List;

import nl.clubhuis.moderation.ContentHidden;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.Notifier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The author hears that the redactie hid what they wrote, and why. */
@Component
class ModerationNotifications {

	private final Notifier notifier;

	ModerationNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	@EventListener
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
