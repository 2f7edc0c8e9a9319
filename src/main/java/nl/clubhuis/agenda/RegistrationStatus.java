package nl.clubhuis.agenda;

/** Where a registration stands: a place, a place in the queue, or given up. */
public enum RegistrationStatus {

	BEVESTIGD, WACHTLIJST, GEANNULEERD

}
