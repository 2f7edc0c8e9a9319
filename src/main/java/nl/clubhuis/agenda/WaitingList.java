package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves people up from the waiting list while there is room. Callers hold the event's row
 * lock, so two changes at the same moment never hand out the same place.
 */
@Component
class WaitingList {

	private final RegistrationRepository registrations;

	private final ApplicationEventPublisher events;

	WaitingList(RegistrationRepository registrations, ApplicationEventPublisher events) {
		this.registrations = registrations;
		this.events = events;
	}

	/** Fills every free place from the front of the queue; returns who moved up. */
	List<Registration> fillFreePlaces(Event lockedEvent, Instant now) {
		List<Registration> promoted = new ArrayList<>();
		while (lockedEvent.hasRoomFor(confirmed(lockedEvent))) {
			Optional<Registration> first = this.registrations
				.findFirstByEventIdAndStatusOrderByIdAsc(lockedEvent.getId(), RegistrationStatus.WACHTLIJST);
			if (first.isEmpty()) {
				break;
			}
			Registration registration = first.get();
			registration.promote(now);
			this.registrations.saveAndFlush(registration);
			promoted.add(registration);
			this.events.publishEvent(new PlaceOffered(registration.getId()));
		}
		return promoted;
	}

	long confirmed(Event event) {
		return this.registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.BEVESTIGD);
	}

}
