package nl.clubhuis.route;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;

/**
 * A Doetank from the network's history as it stands now: where its route ended, and why
 * it stopped if it did.
 */
public record HistoricalRoute(Long id, String slug, Phase phase, DoetankStatus status, String stopReason,
		String lessons) {

}
