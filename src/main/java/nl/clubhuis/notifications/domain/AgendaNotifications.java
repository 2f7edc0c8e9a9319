package nl.clubhuis.notifications.domain;

import java.time.Instant;
import java.time.Clock;
import java.util.List;

import nl.clubhuis.agenda.DoetankMeetingPlanned;
import nl.clubhuis.agenda.EventCalledOff;
import nl.clubhuis.agenda.EventResumed;
import nl.clubhuis.agenda.EventRescheduled;
import nl.clubhuis.agenda.PlaceOffered;
import nl.clubhuis.agenda.PlacesTakenBack;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.NotificationTexts;
import nl.clubhuis.notifications.Notifier;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * The agenda's changes that members hear about: the time or place of an event they
 * registered for changed, it was called off, they moved up from a waiting list, or a
 * Doetank they follow (or are in) planned a meeting. A place offered and the calling off
 * carry the event's start, so the mail about them says when. A place offered that no
 * longer holds (the event was called off, or got fewer places) is taken back.
 */
@Component
class AgendaNotifications {

	private final Notifier notifier;

	private final Doetanks doetanks;

	private final Clock clock;

	AgendaNotifications(Notifier notifier, Doetanks doetanks, Clock clock) {
		this.notifier = notifier;
		this.doetanks = doetanks;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void rescheduled(EventRescheduled event) {
		this.notifier.announce(Announcement
			.of(NotificationKind.EVENT_CHANGED, "event-changed:" + event.eventId() + ":" + this.clock.millis(),
					event.path(), this.clock.instant(), event.title())
			.by(event.actorId())
			.to(event.registeredMemberIds()));
	}

	/**
	 * Everyone registered hears it (with the organiser's reason), and a place they got
	 * from the waiting list is no longer offered: that notification is taken back.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void calledOff(EventCalledOff event) {
		Instant now = this.clock.instant();
		this.notifier.withdraw(event.registeredMemberIds(), placeKeyPrefix(event.eventId()));
		this.notifier.withdraw(event.registeredMemberIds(), "event-on:" + event.eventId() + ":");
		this.notifier.announce(Announcement
			.of(NotificationKind.EVENT_CALLED_OFF, calledOffKeyPrefix(event.eventId()) + now.toEpochMilli(),
					event.path(), now, event.title(), NotificationTexts.moment(event.startsAt()),
					(event.reason() != null) ? event.reason() : "")
			.by(event.actorId())
			.to(event.registeredMemberIds()));
	}

	/**
	 * Called off by mistake: the word that it was called off is taken back, and whoever
	 * is still registered hears that it goes ahead.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void resumed(EventResumed event) {
		Instant now = this.clock.instant();
		this.notifier.withdraw(event.registeredMemberIds(), calledOffKeyPrefix(event.eventId()));
		this.notifier.announce(Announcement
			.of(NotificationKind.EVENT_RESUMED, "event-on:" + event.eventId() + ":" + now.toEpochMilli(), event.path(),
					now, event.title(), NotificationTexts.moment(event.startsAt()))
			.by(event.actorId())
			.to(event.registeredMemberIds()));
	}

	/** An event can be called off, resumed and called off again: each is told. */
	private static String calledOffKeyPrefix(long eventId) {
		return "event-off:" + eventId + ":";
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void placeOffered(PlaceOffered event) {
		this.notifier.announce(Announcement
			.of(NotificationKind.PLACE_OFFERED, placeKeyPrefix(event.eventId()) + event.registrationId(), event.path(),
					this.clock.instant(), event.title(), NotificationTexts.moment(event.startsAt()))
			.to(List.of(event.memberId())));
	}

	/** Moved back to the waiting list: the place they were offered is taken back. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void placesTakenBack(PlacesTakenBack event) {
		this.notifier.withdraw(event.memberIds(), placeKeyPrefix(event.eventId()));
	}

	/**
	 * The causes of the places offered at one event: "place:12:" and the registration.
	 */
	private static String placeKeyPrefix(Long eventId) {
		return "place:" + eventId + ":";
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void meetingPlanned(DoetankMeetingPlanned event) {
		DoetankRef doetank = this.doetanks.find(event.doetankId()).orElse(null);
		if (doetank == null) {
			return;
		}
		TeamRoles team = this.doetanks.team(doetank.id());
		Announcement announcement = Announcement
			.of(NotificationKind.DOETANK_MEETING, "meeting:" + event.eventId(), event.path(), this.clock.instant(),
					doetank.title(), event.title())
			.by(event.actorId())
			.to(team.active().keySet())
			.toFollowersOf(List.of(FollowTarget.doetank(doetank.id())));
		this.notifier.announce(doetank.isPublic() ? announcement : announcement.onlyAmong(team.active().keySet()));
	}

}
