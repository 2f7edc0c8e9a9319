package nl.clubhuis.route.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * When a step along the route happened: the day a coach gives (an overleg held, or a
 * phase change made, before it was recorded), never before the phase began.
 */
@Component
public class StepMoments {

	private final PhaseTransitionRepository transitions;

	private final Clock clock;

	StepMoments(PhaseTransitionRepository transitions, Clock clock) {
		this.transitions = transitions;
		this.clock = clock;
	}

	/**
	 * When the Doetank entered the phase it is in: the last step of its route (every
	 * active Doetank has at least its intake).
	 */
	public Instant phaseStart(DoetankRef doetank) {
		List<PhaseTransition> route = this.transitions.findRoute(doetank.id());
		return route.isEmpty() ? Instant.EPOCH : route.get(route.size() - 1).getHappenedAt();
	}

	public LocalDate phaseStartedOn(DoetankRef doetank) {
		return LocalDate.ofInstant(phaseStart(doetank), this.clock.getZone());
	}

	/**
	 * The moment of a step on {@code day}: at noon, so one recorded afterwards lands on
	 * the right date in the timeline; today's (or none) keeps the moment of saving. Never
	 * before the phase began.
	 */
	public Instant of(LocalDate day, DoetankRef doetank, Instant now) {
		if (day == null || !day.isBefore(LocalDate.ofInstant(now, this.clock.getZone()))) {
			return now;
		}
		Instant phaseStart = phaseStart(doetank);
		if (day.isBefore(LocalDate.ofInstant(phaseStart, this.clock.getZone()))) {
			throw new RuleViolationException("gate.rule.heldBeforePhase");
		}
		Instant noon = day.atTime(LocalTime.NOON).atZone(this.clock.getZone()).toInstant();
		return noon.isAfter(phaseStart) ? noon : phaseStart.plusSeconds(1);
	}

}
