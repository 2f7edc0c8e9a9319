package nl.clubhuis.route;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;

/**
 * A Doetank from the network's history as it stands now: where its route ended, and why
 * it stopped if it did, or what it delivered if it closed before verbreden.
 */
public record HistoricalRoute(Long id, String slug, Phase phase, DoetankStatus status, String stopReason,
		String lessons, String closingResult) {

	public HistoricalRoute(Long id, String slug, Phase phase, DoetankStatus status, String stopReason, String lessons) {
		this(id, slug, phase, status, stopReason, lessons, null);
	}

}
