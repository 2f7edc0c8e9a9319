package nl.clubhuis.agenda.domain;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import nl.clubhuis.agenda.EventCard;
import nl.clubhuis.agenda.RegistrationStatus;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.data.domain.Page;

/** What the agenda's pages get to show, read by {@link EventPages}. */
public final class AgendaViews {

	private AgendaViews() {
	}

	/**
	 * Everything the event page needs to know about this event and this viewer:
	 * {@code own} is the viewer's registration (null if none), {@code position} their
	 * place in the queue.
	 */
	public record EventPage(EventCard card, String description, String onlineUrl, String cancelReason,
			ZonedDateTime registrationOpensAt, OwnRegistration own, long position, RegistrationWindow window,
			EventPermissions may, boolean over, boolean started) {

		/**
		 * The link to join online is for who has a place and the organisers, so a full or
		 * team-only meeting stays that way; a called-off meeting has none to join.
		 */
		public boolean showsOnlineLink() {
			return this.may.manage() || (this.own != null && this.own.isConfirmed() && !this.card.cancelled());
		}

	}

	/** The viewer's own registration for the event they look at. */
	public record OwnRegistration(RegistrationStatus status, String note) {

		public boolean isConfirmed() {
			return this.status == RegistrationStatus.BEVESTIGD;
		}

		public boolean isWaiting() {
			return this.status == RegistrationStatus.WACHTLIJST;
		}

	}

	/** Who comes (by name) and who waits (in order), for the organisers. */
	public record Attendees(EventCard event, List<Attendee> confirmed, List<Attendee> waiting) {
	}

	/** One line of the door list. */
	public record Attendee(String name, String organisation, String email, String note, ZonedDateTime registeredAt) {
	}

	/** A member's agenda; positions: registration id to place in the queue. */
	public record MyAgenda(List<MyRegistration> upcoming, Map<Long, Long> positions, Page<MyRegistration> past) {
	}

	/** One of a member's own registrations, with the event it is for. */
	public record MyRegistration(Long id, RegistrationStatus status, EventLink event) {

		static MyRegistration of(Registration registration) {
			Event event = registration.getEvent();
			return new MyRegistration(registration.getId(), registration.getStatus(), new EventLink(event.getTitle(),
					event.getPath(), AmsterdamTime.of(event.getStartsAt()), event.isCancelled()));
		}

		public boolean isConfirmed() {
			return this.status == RegistrationStatus.BEVESTIGD;
		}

		public boolean isWaiting() {
			return this.status == RegistrationStatus.WACHTLIJST;
		}

	}

	/** An event as a line in a member's agenda. */
	public record EventLink(String title, String path, ZonedDateTime startsAt, boolean cancelled) {
	}

	/** One event for a calendar file, and whether the link to join online goes in. */
	public record CalendarEntry(Event event, boolean withJoinLink) {
	}

	/** The event to edit, its host Doetank (null for the network's) and its podium. */
	public record EventEditing(Event event, DoetankRef host, List<DoetankRef> podium) {
	}

}
