package nl.clubhuis.agenda.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Gives up a member's places at events that have not started, for them (they erased their
 * account, or left the team whose meeting it is): like any cancellation, under the
 * event's row lock, and the first on the waiting list is offered the place
 * ({@link WaitingList}).
 */
@Component
class PlacesGivenUp {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final WaitingList waitingList;

	PlacesGivenUp(EventRepository events, RegistrationRepository registrations, WaitingList waitingList) {
		this.events = events;
		this.registrations = registrations;
		this.waitingList = waitingList;
	}

	/**
	 * @param eventSlugs the events, found without a lock; each is read again after it is
	 * locked
	 */
	void cancel(Long memberId, List<String> eventSlugs, Instant now) {
		for (String slug : eventSlugs) {
			Event locked = this.events.lockBySlug(slug).orElseThrow();
			if (locked.hasStarted(now)) {
				continue;
			}
			this.registrations.findCurrent(locked.getId(), memberId).ifPresent((registration) -> {
				boolean hadPlace = registration.cancel(now);
				this.registrations.saveAndFlush(registration);
				if (hadPlace) {
					this.waitingList.fillFreePlaces(locked, now);
				}
			});
		}
	}

}
