package nl.clubhuis.agenda;

/** An event was called off; whoever registered should hear it. */
public record EventCalledOff(Long eventId) {
}
