package nl.clubhuis.route;

import java.time.Instant;

import nl.clubhuis.doetank.DoetankRef;

/**
 * A team marked a new milestone on its Doetank's route. Published inside the transaction
 * that adds it (a milestone sent twice is published once).
 */
public record MilestoneReached(DoetankRef doetank, Long milestoneId, String title, Long actorId, Instant at) {

}
