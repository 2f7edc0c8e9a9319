package nl.clubhuis.notifications.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.NotificationTexts;
import nl.clubhuis.notifications.Notifier;
import nl.clubhuis.route.DoetankMoved;
import nl.clubhuis.route.DoorRequested;
import nl.clubhuis.route.MilestoneReached;
import nl.clubhuis.route.ReviewRequested;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * What moves on a Doetank's route, told to who follows it (phase changes, its end,
 * milestones) and to who must act (a gatekeepers-overleg asked for, a door to open).
 * Plain listeners: they write in the transaction of the change.
 */
@Component
class RouteNotifications {

	private final Notifier notifier;

	private final DoetankAudience audience;

	RouteNotifications(Notifier notifier, DoetankAudience audience) {
		this.notifier = notifier;
		this.audience = audience;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DoetankMoved moved) {
		DoetankRef doetank = moved.doetank();
		String sourceKey = "phase:" + moved.transitionId();
		Announcement announcement;
		if (!doetank.isActive()) {
			announcement = Announcement.of(NotificationKind.DOETANK_ENDED, sourceKey, doetank.path(), moved.at(),
					doetank.title(), NotificationTexts.message("notification.ended." + doetank.status().name()));
		}
		else if (doetank.phase() != moved.from() || moved.decision() == GateDecision.Kind.HERFORMULEREN) {
			announcement = Announcement.of(NotificationKind.DOETANK_PHASE, sourceKey, doetank.path(), moved.at(),
					doetank.title(), NotificationTexts.message("phase." + doetank.phase().name()),
					(moved.decision() != null)
							? NotificationTexts.message("notification.decision." + moved.decision().name()) : "");
		}
		else {
			return;
		}
		this.notifier.announce(this.audience.around(announcement.by(moved.actorId()), doetank, true));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(MilestoneReached reached) {
		DoetankRef doetank = reached.doetank();
		Announcement announcement = Announcement
			.of(NotificationKind.DOETANK_MILESTONE, "milestone:" + reached.milestoneId(), doetank.path(), reached.at(),
					doetank.title(), reached.title())
			.by(reached.actorId());
		this.notifier.announce(this.audience.around(announcement, doetank, false));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ReviewRequested requested) {
		this.notifier.announce(
				Announcement
					.of(NotificationKind.REVIEW_REQUESTED, "review:" + requested.requestId(), requested.path(),
							requested.at(), requested.doetank().title())
					.by(requested.actorId())
					.to(requested.coachIds()));
	}

	/**
	 * What the supporter (or the beheerders, for the supportcomité) is asked: the
	 * Doetank, to whom, why and by when. Not who asked: a name written into others'
	 * notifications would outlive an erased account.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DoorRequested requested) {
		this.notifier.announce(
				Announcement
					.of(NotificationKind.DOOR_REQUESTED, "door:" + requested.requestId(), requested.path(),
							requested.at(), requested.doetank().title(), requested.toWhom(), requested.why(),
							(requested.wantedBy() != null)
									? NotificationTexts.day(requested.wantedBy())
									: NotificationTexts.message("notification.door.noDate"),
							NotificationTexts.message("notification.door.asked."
									+ (requested.forCommittee() ? "committee" : "supporter")))
					.by(requested.actorId())
					.to(requested.askedIds()));
	}

}
