package nl.clubhuis.doetank;

import java.time.Instant;
import java.util.Set;

/**
 * A member brought in a vraagstuk: it waits for intake by one of the network's coaches
 * ({@code coachIds}). Published inside the proposal's transaction, once per proposal.
 */
public record ProposalWaiting(DoetankRef doetank, Set<Long> coachIds, Long authorId, Instant at) {

	public ProposalWaiting {
		coachIds = Set.copyOf(coachIds);
	}

	/** Where a coach takes it in. */
	public String path() {
		return this.doetank.path() + "/intake";
	}

}
