package nl.clubhuis.doetank;

import java.time.ZonedDateTime;
import java.util.List;

import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;

/**
 * Requests for a gatekeepers-overleg that wait for a coach, for the coaches' overview.
 * The route module provides it.
 */
public interface OpenReviewRequests {

	/** Waiting for this coach (a beheerder sees all of them), oldest first. */
	List<OpenReviewRequest> waitingFor(Viewer coach);

	record OpenReviewRequest(DoetankRef doetank, Phase phase, String note, MemberRef requestedBy,
			ZonedDateTime requestedAt) {
	}

}
