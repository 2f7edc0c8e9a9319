package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.Set;

/**
 * An event was called off; whoever registered (with a place or waiting) should hear it.
 * Published in the transaction that calls it off, once each time. {@code startsAt}: when
 * it would have started; {@code reason}: the organiser's word why, or {@code null};
 * {@code actorId}: the organiser who called it off.
 */
public record EventCalledOff(Long eventId, String title, String path, Instant startsAt, String reason,
		Set<Long> registeredMemberIds, Long actorId) {

	public EventCalledOff {
		registeredMemberIds = Set.copyOf(registeredMemberIds);
	}

}
