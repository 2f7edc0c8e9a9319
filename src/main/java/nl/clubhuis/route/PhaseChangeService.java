package nl.clubhuis.route;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.doetank.DoetankProgress;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.PhaseTransition;
import nl.clubhuis.route.domain.PhaseTransitionRepository;
import nl.clubhuis.route.domain.RouteAccess;
import nl.clubhuis.route.domain.StepMoments;
import nl.clubhuis.route.domain.SteppingIn;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Faseovergang zonder overleg": a coach of the Doetank (or a beheerder, who is logged
 * stepping in) records a clear step one phase forward or back, with the reason. The
 * gatekeepers-overleg is for when a Doetank seems ready for a bigger step or stalls.
 */
@Service
public class PhaseChangeService {

	private final Doetanks doetanks;

	private final DoetankProgress progress;

	private final PhaseTransitionRepository transitions;

	private final StepMoments moments;

	private final SteppingIn steppingIn;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PhaseChangeService(Doetanks doetanks, DoetankProgress progress, PhaseTransitionRepository transitions,
			StepMoments moments, SteppingIn steppingIn, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.doetanks = doetanks;
		this.progress = progress;
		this.transitions = transitions;
		this.moments = moments;
		this.steppingIn = steppingIn;
		this.clock = clock;
	}

	/**
	 * What the form shows: the Doetank, the phases it may move to and the day its phase
	 * began.
	 */
	@Transactional(readOnly = true)
	public Preparation prepare(String slug, MemberPrincipal coach) {
		DoetankRef doetank = load(slug, coach).doetank();
		if (!doetank.isActive()) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		List<Phase> options = new ArrayList<>();
		Phase[] phases = Phase.values();
		int current = doetank.phase().ordinal();
		if (current > 0) {
			options.add(phases[current - 1]);
		}
		if (current < phases.length - 1) {
			options.add(phases[current + 1]);
		}
		return new Preparation(doetank, options, this.moments.phaseStartedOn(doetank));
	}

	/**
	 * Moves the Doetank, or says no: a form opened in another phase than the Doetank is
	 * in now (sent twice, or someone else moved it) changes nothing.
	 */
	@Transactional
	public void move(String slug, PhaseChange change, MemberPrincipal coach) {
		Doetanks.Visible visible = load(slug, coach);
		DoetankRef doetank = visible.doetank();
		if (!doetank.isActive()) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		if (doetank.phase() != change.from()) {
			throw new RuleViolationException("gate.overgang.rule.alreadyMoved");
		}
		Instant now = this.clock.instant();
		Instant happened = this.moments.of(change.on(), doetank, now);
		DoetankProgress.Step step = this.progress.move(doetank.id(), change.to(), change.reason(), now);
		PhaseTransition transition = this.transitions.save(PhaseTransition.withoutReview(step.after(), step.from(),
				happened, coach.id(), change.reason().strip()));
		this.events
			.publishEvent(new DoetankMoved(step.after(), step.from(), null, transition.getId(), coach.id(), now));
		this.steppingIn.recordIfSteppedIn(doetank.id(), visible.team(), coach, "PHASE_CHANGED");
	}

	private Doetanks.Visible load(String slug, MemberPrincipal coach) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(coach));
		if (!RouteAccess.isReviewer(visible.team(), Viewer.of(coach))) {
			throw new AccessDeniedException("only a coach of this Doetank changes its phase");
		}
		return visible;
	}

	/** The form's Doetank, the phases next to its own, and when its phase began. */
	public record Preparation(DoetankRef doetank, List<Phase> options, LocalDate phaseStartedOn) {
	}

}
