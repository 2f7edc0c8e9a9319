package nl.clubhuis.route;

import java.time.Instant;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;

/**
 * A team member asked to open a door ({@code toWhom}); {@code askedIds} are who answers:
 * the supporter asked, or the beheerders for the supportcomité.
 */
public record DoorRequested(DoetankRef doetank, Long requestId, String toWhom, Set<Long> askedIds, Long actorId,
		Instant at) {

	public DoorRequested {
		askedIds = Set.copyOf(askedIds);
	}

	public String path() {
		return this.doetank.path() + "/deuren/" + this.requestId;
	}

}
