package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;
import nl.clubhuis.doetank.domain.RevisionCause;
import nl.clubhuis.doetank.domain.Revisions;

import java.time.Instant;
import java.util.Map;

import nl.clubhuis.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the route module moves a Doetank along its phases. Runs inside the caller's
 * transaction, so the recorded gatekeepers-overleg and the step it causes commit
 * together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DoetankProgress {

	private final DoetankRepository doetanks;

	private final Revisions revisions;

	DoetankProgress(DoetankRepository doetanks, Revisions revisions) {
		this.doetanks = doetanks;
		this.revisions = revisions;
	}

	/**
	 * Applies a gatekeepers-overleg's decision, or refuses it with the rule it breaks. A
	 * rewritten vraagstuk (HERFORMULEREN) is a revision in the Doetank's history, by the
	 * coach who recorded the decision ({@code coachId}, null when unknown).
	 */
	public Step decide(Long doetankId, GateDecision decision, Long coachId, Instant now) {
		Doetank doetank = load(doetankId);
		Map<String, String> before = doetank.described();
		Phase from = doetank.decide(decision, now);
		if (decision instanceof GateDecision.Herformuleren) {
			this.revisions.record(doetank, before, coachId, RevisionCause.HERFORMULEREN, now);
		}
		return new Step(from, doetank.ref());
	}

	/**
	 * A coach moves the Doetank one phase forward or back without a gatekeepers-overleg,
	 * with the reason; or it is refused with the rule it breaks.
	 */
	public Step move(Long doetankId, Phase to, String reason, Instant now) {
		Doetank doetank = load(doetankId);
		Phase from = doetank.move(to, reason, now);
		return new Step(from, doetank.ref());
	}

	/** A coach marks (or unmarks) a Doetank in VERBREDEN as diffusietank. */
	public void markDiffusietank(Long doetankId, boolean diffusietank, Instant now) {
		load(doetankId).markDiffusietank(diffusietank, now);
	}

	/**
	 * The route module recorded ({@code delta} 1) or removed (-1, or less at once)
	 * adopters of this Doetank: one statement that leaves the Doetank's version alone, so
	 * nobody editing its page meets a conflict.
	 */
	public void adoptersChanged(Long doetankId, int delta) {
		this.doetanks.changeAdopterCount(doetankId, delta);
	}

	private Doetank load(Long doetankId) {
		return this.doetanks.findById(doetankId).orElseThrow(() -> new NotFoundException("doetank " + doetankId));
	}

	/** The phase a Doetank was in, and the Doetank as the decision left it. */
	public record Step(Phase from, DoetankRef after) {
	}

}
