package nl.clubhuis.doetank;

import java.time.Instant;

/**
 * A member is no longer in a Doetank's team: they left, or the team ended their last
 * role. The agenda cancels their places at the team's own meetings.
 */
public record MembershipEnded(Long doetankId, Long memberId, Instant at) {

}
