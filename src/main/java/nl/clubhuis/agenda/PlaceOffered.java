package nl.clubhuis.agenda;

import java.time.Instant;

/**
 * Someone moved up from the waiting list and now has a place at the event {@code title}
 * (its page at {@code path}, starting at {@code startsAt}). Published in the transaction
 * that moves them up.
 */
public record PlaceOffered(Long registrationId, long memberId, long eventId, String title, String path,
		Instant startsAt) {
}
