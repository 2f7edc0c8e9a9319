package nl.clubhuis.doetank;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The meetings a Doetank hosts or presents at. The agenda module provides it, so the
 * Doetank page can show them without this module knowing how events are kept.
 */
public interface DoetankAgenda {

	/** Still to come, soonest first. */
	List<Meeting> upcoming(DoetankRef doetank, int howMany);

	/**
	 * One meeting, as the Doetank page shows it; {@code hosted}: the team's own.
	 * {@code startsAt} is in Amsterdam.
	 */
	record Meeting(String title, String path, ZonedDateTime startsAt, String type, boolean hosted, boolean cancelled) {
	}

}
