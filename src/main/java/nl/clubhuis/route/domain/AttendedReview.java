package nl.clubhuis.route.domain;

import java.time.LocalDate;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;

/**
 * A gatekeepers-overleg a coach was at (or recorded), as /coach lists it: which Doetank,
 * when, about which phase, and what was decided.
 */
public record AttendedReview(Long id, Long doetankId, Phase phase, LocalDate heldOn, GateDecision.Kind decision,
		DoetankRef doetank) {

	/** As the query finds it: the Doetank by id. */
	public AttendedReview(Long id, Long doetankId, Phase phase, LocalDate heldOn, GateDecision.Kind decision) {
		this(id, doetankId, phase, heldOn, decision, null);
	}

	AttendedReview of(DoetankRef doetank) {
		return new AttendedReview(this.id, this.doetankId, this.phase, this.heldOn, this.decision, doetank);
	}

}
