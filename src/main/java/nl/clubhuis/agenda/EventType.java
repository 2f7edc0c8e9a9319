package nl.clubhuis.agenda;

import java.util.List;

/**
 * The kinds of meeting in the agenda: the network's Café formats and a Doetank's own
 * meeting.
 */
public enum EventType {

	CAFE, GRAND_CAFE, SHOW_AND_TELL, MASTERCLASS, DOETANK;

	/** The formats the redactie organises; a Doetank meeting is the team's own. */
	public static final List<EventType> NETWORK = List.of(CAFE, GRAND_CAFE, SHOW_AND_TELL, MASTERCLASS);

}
