package nl.clubhuis.route;

import java.time.Instant;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;

/**
 * A trekker or coach asked for a gatekeepers-overleg; {@code coachIds} are who is asked:
 * the Doetank's coaches, or all network coaches when it has none.
 */
public record ReviewRequested(DoetankRef doetank, Long requestId, Set<Long> coachIds, Long actorId, Instant at) {

	public ReviewRequested {
		coachIds = Set.copyOf(coachIds);
	}

	/** Where the coach records the overleg. */
	public String path() {
		return this.doetank.path() + "/gatekeepers/nieuw";
	}

}
