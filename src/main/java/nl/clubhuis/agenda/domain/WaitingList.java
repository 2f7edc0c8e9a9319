package nl.clubhuis.agenda.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import nl.clubhuis.agenda.PlaceOffered;
import nl.clubhuis.agenda.PlacesTakenBack;
import nl.clubhuis.agenda.RegistrationStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Moves people up from the waiting list while there is room (the rule is
 * {@link FreePlaces}). Callers hold the event's row lock, so two changes at the same
 * moment never hand out the same place.
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
		FreePlaces free = lockedEvent.freePlaces(confirmed(lockedEvent));
		if (!free.any()) {
			return List.of();
		}
		List<Registration> queue = this.registrations.findByEventIdAndStatusOrderByIdAsc(lockedEvent.getId(),
				RegistrationStatus.WACHTLIJST, free.asLimit());
		List<Registration> promoted = free.moveUp(queue, now);
		this.registrations.saveAllAndFlush(promoted);
		promoted.forEach((registration) -> this.events
			.publishEvent(new PlaceOffered(registration.getId(), registration.getMemberId(), lockedEvent.getId(),
					lockedEvent.getTitle(), lockedEvent.getPath(), lockedEvent.getStartsAt())));
		return promoted;
	}

	/**
	 * With fewer places than people coming, the last to register move back to the waiting
	 * list. The queue is in registration order, and everyone with a place registered
	 * before everyone waiting, so they are at its front, in their own order. Returns who
	 * moved ({@link PlacesTakenBack} tells it).
	 */
	List<Registration> queueWhoNoLongerFit(Event lockedEvent, Instant now) {
		if (lockedEvent.isCancelled() || lockedEvent.getCapacity() == null) {
			return List.of();
		}
		List<Registration> coming = this.registrations.findByEventIdAndStatusOrderByIdAsc(lockedEvent.getId(),
				RegistrationStatus.BEVESTIGD, Limit.unlimited());
		List<Registration> moving = CapacityCut.of(coming, lockedEvent.getCapacity()).move();
		moving.forEach((registration) -> registration.demote(now));
		this.registrations.saveAllAndFlush(moving);
		if (!moving.isEmpty()) {
			this.events.publishEvent(new PlacesTakenBack(lockedEvent.getId(),
					moving.stream().map(Registration::getMemberId).collect(Collectors.toSet())));
		}
		return moving;
	}

	long confirmed(Event event) {
		return this.registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.BEVESTIGD);
	}

}
