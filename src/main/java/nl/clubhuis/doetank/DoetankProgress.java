package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;

import java.time.Instant;

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

	DoetankProgress(DoetankRepository doetanks) {
		this.doetanks = doetanks;
	}

	/**
	 * Applies a gatekeepers-overleg's decision, or refuses it with the rule it breaks.
	 */
	public Step decide(Long doetankId, GateDecision decision, Instant now) {
		Doetank doetank = load(doetankId);
		Phase from = doetank.decide(decision, now);
		return new Step(from, doetank.ref());
	}

	/** A coach marks (or unmarks) a Doetank in VERBREDEN as diffusietank. */
	public void markDiffusietank(Long doetankId, boolean diffusietank, Instant now) {
		load(doetankId).markDiffusietank(diffusietank, now);
	}

	private Doetank load(Long doetankId) {
		return this.doetanks.findById(doetankId).orElseThrow(() -> new NotFoundException("doetank " + doetankId));
	}

	/** The phase a Doetank was in, and the Doetank as the decision left it. */
	public record Step(Phase from, DoetankRef after) {
	}

}
