package nl.clubhuis.doetank;

import java.time.Instant;

/**
 * A join request or an invitation was decided: {@code memberId} is who should hear it
 * (the requester, or who sent the invitation), {@code actorId} who decided. Published
 * inside the decision's transaction.
 */
public record RequestDecided(DoetankRef doetank, Long membershipId, Long memberId, Outcome outcome, Long actorId,
		Instant at) {

	/** How it was decided. */
	public enum Outcome {

		/** The trekker took the requester in. */
		APPROVED,
		/** The trekker said no to the request. */
		DECLINED,
		/** The invitee joined. */
		INVITATION_ACCEPTED,
		/** The invitee said no. */
		INVITATION_DECLINED

	}

}
