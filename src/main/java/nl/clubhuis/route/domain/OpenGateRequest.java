package nl.clubhuis.route.domain;

import java.time.ZonedDateTime;

import nl.clubhuis.shared.AmsterdamTime;

/**
 * A request for a gatekeepers-overleg that waits for its answer, as a page shows it: who
 * asked, why, and when (in Amsterdam).
 */
public record OpenGateRequest(Long requestedById, String note, ZonedDateTime requestedAt) {

	public static OpenGateRequest of(GateReviewRequest request) {
		return new OpenGateRequest(request.getRequestedById(), request.getNote(),
				AmsterdamTime.of(request.getRequestedAt()));
	}

}
