package nl.clubhuis.agenda;

import java.util.List;

/**
 * The network's meetings that took place, counted per calendar year (in the network's
 * zone) and format, for the yearly report; one statement.
 */
public interface EventsHeld {

	/**
	 * The network's meetings (not a team's own, not called off) that began from
	 * {@code firstYear} to {@code lastYear} and before now, with their confirmed
	 * registrations.
	 */
	List<Held> perYear(int firstYear, int lastYear);

	/**
	 * In {@code year}, {@code events} meetings of {@code type} with
	 * {@code registrations}.
	 */
	record Held(int year, EventType type, long events, long registrations) {
	}

}
