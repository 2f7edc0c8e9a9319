package nl.clubhuis.doetank;

import java.time.Instant;

/**
 * A coach accepted a vraagstuk at intake: the Doetank starts its route in initiëren.
 * Published inside the intake's transaction.
 */
public record DoetankAccepted(DoetankRef doetank, Long coachId, Instant at) {

}
