package nl.clubhuis.agenda;

import java.util.Set;

/**
 * An event was called off; whoever registered (with a place or waiting) should hear it.
 * Published in the transaction that calls it off, once per event. {@code actorId}: the
 * organiser who called it off.
 */
public record EventCalledOff(Long eventId, String title, String path, Set<Long> registeredMemberIds, Long actorId) {

	public EventCalledOff {
		registeredMemberIds = Set.copyOf(registeredMemberIds);
	}

}
