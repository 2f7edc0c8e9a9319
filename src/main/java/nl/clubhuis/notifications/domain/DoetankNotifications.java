package nl.clubhuis.notifications.domain;

import nl.clubhuis.doetank.ProposalWaiting;
import nl.clubhuis.doetank.RequestDecided;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.NotificationTexts;
import nl.clubhuis.notifications.Notifier;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Personal news about a Doetank's team: a proposal waits for a coach's intake, a join
 * request or invitation was decided. Plain listeners: they write in the transaction of
 * the change.
 */
@Component
class DoetankNotifications {

	private final Notifier notifier;

	DoetankNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ProposalWaiting waiting) {
		this.notifier.announce(
				Announcement
					.of(NotificationKind.INTAKE_WAITING, "intake:" + waiting.doetank().id(), waiting.path(),
							waiting.at(), waiting.doetank().title())
					.by(waiting.authorId())
					.to(waiting.coachIds()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(RequestDecided decided) {
		if (decided.memberId() == null) {
			return;
		}
		this.notifier.announce(
				Announcement
					.of(NotificationKind.REQUEST_DECIDED, "request:" + decided.membershipId(), decided.doetank().path(),
							decided.at(), NotificationTexts.message("notification.request." + decided.outcome().name()),
							decided.doetank().title())
					.by(decided.actorId())
					.to(java.util.Set.of(decided.memberId())));
	}

}
