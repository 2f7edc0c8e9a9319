package nl.clubhuis.agenda;

/**
 * Someone moved up from the waiting list and now has a place at the event {@code title}
 * (its page at {@code path}). Published in the transaction that moves them up.
 */
public record PlaceOffered(Long registrationId, long memberId, long eventId, String title, String path) {
}
