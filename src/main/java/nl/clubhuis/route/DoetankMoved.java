package nl.clubhuis.route;

import java.time.Instant;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;

/**
 * A coach recorded a step on a Doetank's route: another phase, stopped, closed with its
 * result or finished ({@code doetank} as the step left it). {@code decision} is the
 * gatekeepers-overleg's, or null for a step without one. Published inside the step's
 * transaction.
 */
public record DoetankMoved(DoetankRef doetank, Phase from, GateDecision.Kind decision, Long transitionId, Long actorId,
		Instant at) {

}
