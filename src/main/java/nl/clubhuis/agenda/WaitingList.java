package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
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
		Integer capacity = lockedEvent.getCapacity();
		Limit free = (capacity == null) ? Limit.unlimited()
				: Limit.of((int) Math.max(0, capacity - confirmed(lockedEvent)));
		if (free.isLimited() && free.max() == 0) {
			return List.of();
		}
		List<Registration> promoted = this.registrations.findByEventIdAndStatusOrderByIdAsc(lockedEvent.getId(),
				RegistrationStatus.WACHTLIJST, free);
		promoted.forEach((registration) -> registration.promote(now));
		this.registrations.saveAllAndFlush(promoted);
		promoted.forEach((registration) -> this.events.publishEvent(new PlaceOffered(registration.getId())));
		return promoted;
	}

	long confirmed(Event event) {
		return this.registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.BEVESTIGD);
	}

}
