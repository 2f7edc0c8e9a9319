package nl.clubhuis.agenda;

/** Whether registering is possible right now. */
public enum RegistrationWindow {

	NOT_YET_OPEN, OPEN, CLOSED, CANCELLED

}
