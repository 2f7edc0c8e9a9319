package nl.clubhuis.route;

import java.util.List;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.Phase;

/**
 * A Doetank from the network's history as it stands now: where its route ended, and why
 * it stopped if it did, or what it delivered if it closed before verbreden; {@code steps}
 * is how it got there when that is known.
 */
public record HistoricalRoute(Long id, String slug, Phase phase, DoetankStatus status, String stopReason,
		String lessons, String closingResult, List<HistoricalDoetank.Step> steps) {

	public HistoricalRoute {
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

	public HistoricalRoute(Long id, String slug, Phase phase, DoetankStatus status, String stopReason, String lessons,
			String closingResult) {
		this(id, slug, phase, status, stopReason, lessons, closingResult, List.of());
	}

	public HistoricalRoute(Long id, String slug, Phase phase, DoetankStatus status, String stopReason, String lessons) {
		this(id, slug, phase, status, stopReason, lessons, null, List.of());
	}

}
