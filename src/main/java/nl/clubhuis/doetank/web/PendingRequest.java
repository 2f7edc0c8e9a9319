package nl.clubhuis.doetank.web;

import java.time.ZonedDateTime;

import nl.clubhuis.doetank.domain.Membership;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * A request to join (in a role) as the trekker sees it on the Doetank page, asked at
 * {@code requestedAt} (in Amsterdam).
 */
public record PendingRequest(Long id, Long memberId, nl.clubhuis.doetank.MembershipRole role, String motivation,
		ZonedDateTime requestedAt) {

	static PendingRequest of(Membership request) {
		return new PendingRequest(request.getId(), request.getMemberId(), request.getRole(), request.getMotivation(),
				AmsterdamTime.of(request.getRequestedAt()));
	}

}
