package nl.clubhuis.agenda;

import java.util.Set;

/**
 * The event got fewer places than people coming: these members moved back to the waiting
 * list, so a place they were offered no longer holds. Published in the transaction that
 * changes the event.
 */
public record PlacesTakenBack(Long eventId, Set<Long> memberIds) {

	public PlacesTakenBack {
		memberIds = Set.copyOf(memberIds);
	}

}
