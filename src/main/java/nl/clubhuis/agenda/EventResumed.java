package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.Set;

/**
 * An event that was called off goes ahead after all; whoever is still registered (with a
 * place or waiting) should hear it. Published in the transaction that resumes it.
 * {@code actorId}: the organiser who resumed it.
 */
public record EventResumed(Long eventId, String title, String path, Instant startsAt, Set<Long> registeredMemberIds,
		Long actorId) {

	public EventResumed {
		registeredMemberIds = Set.copyOf(registeredMemberIds);
	}

}
