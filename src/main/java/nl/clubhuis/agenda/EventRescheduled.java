package nl.clubhuis.agenda;

import java.util.Set;

/**
 * The start or end time ({@code timeChanged}) or the place, at a location or online
 * ({@code placeChanged}), of an announced event changed; everyone registered (with a
 * place or waiting) should hear it. Published in the transaction of the change.
 * {@code actorId}: the organiser who changed it.
 */
public record EventRescheduled(long eventId, String title, String path, Set<Long> registeredMemberIds,
		boolean timeChanged, boolean placeChanged, Long actorId) {

	public EventRescheduled {
		registeredMemberIds = Set.copyOf(registeredMemberIds);
	}

}
