package nl.clubhuis.agenda;

/** Someone moved up from the waiting list and now has a place. */
public record PlaceOffered(Long registrationId) {
}
