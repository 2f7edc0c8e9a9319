package nl.clubhuis.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;

/**
 * A team member asked to open a door ({@code toWhom}, {@code why}, preferably before
 * {@code wantedBy}); {@code askedIds} are who answers: the supporter asked, or the
 * beheerders for the supportcomité ({@code forCommittee}).
 */
public record DoorRequested(DoetankRef doetank, Long requestId, String toWhom, String why, LocalDate wantedBy,
		boolean forCommittee, Set<Long> askedIds, Long actorId, Instant at) {

	public DoorRequested {
		askedIds = Set.copyOf(askedIds);
	}

	public String path() {
		return this.doetank.path() + "/deuren/" + this.requestId;
	}

}
