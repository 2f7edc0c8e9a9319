package nl.clubhuis.doetank.web;

import java.time.ZonedDateTime;

import nl.clubhuis.doetank.domain.Membership;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * A request to join as the trekker sees it on the Doetank page, asked at
 * {@code requestedAt} (in Amsterdam).
 */
public record PendingRequest(Long id, Long memberId, String motivation, ZonedDateTime requestedAt) {

	static PendingRequest of(Membership request) {
		return new PendingRequest(request.getId(), request.getMemberId(), request.getMotivation(),
				AmsterdamTime.of(request.getRequestedAt()));
	}

}
