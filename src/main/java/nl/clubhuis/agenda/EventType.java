package nl.clubhuis.agenda;

/**
 * The kinds of meeting in the agenda: the network's Café formats and a Doetank's own
 * meeting.
 */
public enum EventType {

	CAFE, GRAND_CAFE, SHOW_AND_TELL, MASTERCLASS, DOETANK;

	/** The formats the redactie organises; a Doetank meeting is the team's own. */
	static final java.util.List<EventType> NETWORK = java.util.List.of(CAFE, GRAND_CAFE, SHOW_AND_TELL, MASTERCLASS);

}
