package nl.clubhuis.route;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankProgress;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.route.domain.ChecklistItem;
import nl.clubhuis.route.domain.ChecklistRepository;
import nl.clubhuis.route.domain.GateReview;
import nl.clubhuis.route.domain.GateReviewPreparation;
import nl.clubhuis.route.domain.GateReviewRepository;
import nl.clubhuis.route.domain.GateReviewRequest;
import nl.clubhuis.route.domain.OpenGateRequest;
import nl.clubhuis.route.domain.GateReviewRequestRepository;
import nl.clubhuis.route.domain.PhaseTransition;
import nl.clubhuis.route.domain.PhaseTransitionRepository;
import nl.clubhuis.route.domain.RouteAccess;
import nl.clubhuis.route.domain.SteppingIn;
import nl.clubhuis.route.domain.TransitionKind;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gatekeepers-overleg: a trekker asks for one, a coach of that Doetank records it,
 * and its decision is the only thing that moves a Doetank along its route.
 */
@Service
public class GateReviewService {

	private final Doetanks doetanks;

	private final DoetankProgress progress;

	private final ChecklistRepository checklist;

	private final GateReviewRepository reviews;

	private final PhaseTransitionRepository transitions;

	private final GateReviewRequestRepository requests;

	private final MemberDirectory members;

	private final Clock clock;

	private final SteppingIn steppingIn;

	GateReviewService(Doetanks doetanks, DoetankProgress progress, ChecklistRepository checklist,
			GateReviewRepository reviews, PhaseTransitionRepository transitions, GateReviewRequestRepository requests,
			MemberDirectory members, Clock clock, SteppingIn steppingIn) {
		this.steppingIn = steppingIn;
		this.doetanks = doetanks;
		this.progress = progress;
		this.checklist = checklist;
		this.reviews = reviews;
		this.transitions = transitions;
		this.requests = requests;
		this.members = members;
		this.clock = clock;
	}

	/** "Klaar voor het gatekeepers-overleg?": a trekker asks the coaches for a review. */
	@Transactional
	public void requestReview(String slug, String note, MemberPrincipal trekker) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(trekker));
		if (!visible.team().isTrekker(trekker.id())) {
			throw new AccessDeniedException("only a trekker of this Doetank asks for a gate review");
		}
		requireActive(visible.doetank());
		if (!this.requests.findOpen(visible.doetank().id()).isEmpty()) {
			throw new RuleViolationException("gate.rule.alreadyRequested");
		}
		this.requests.save(new GateReviewRequest(visible.doetank(), note, trekker.id(), this.clock.instant()));
	}

	/**
	 * What the review form needs: the Doetank, the checklist of its phase and the coaches
	 * who can attend.
	 */
	@Transactional(readOnly = true)
	public GateReviewPreparation prepare(String slug, MemberPrincipal coach) {
		DoetankRef doetank = loadForReview(slug, coach);
		Phase phase = requireActive(doetank);
		List<GateReviewRequest> open = this.requests.findOpen(doetank.id());
		return new GateReviewPreparation(doetank, this.checklist.findByPhaseAndActiveTrueOrderByPosition(phase),
				this.members.coaches(), open.stream().map(OpenGateRequest::of).toList(),
				this.members.byIds(open.stream().map(GateReviewRequest::getRequestedById).toList()),
				LocalDate.ofInstant(phaseStart(doetank), this.clock.getZone()));
	}

	/**
	 * When the Doetank entered the phase it is in: the last step of its route (every
	 * active Doetank has at least its intake).
	 */
	private Instant phaseStart(DoetankRef doetank) {
		List<PhaseTransition> route = this.transitions.findRoute(doetank.id());
		return route.isEmpty() ? Instant.EPOCH : route.get(route.size() - 1).getHappenedAt();
	}

	/**
	 * When the step happened: the day the overleg was held, so one recorded afterwards
	 * lands on the right date in the timeline (at noon; today's keeps the moment of
	 * saving). Never before the phase began.
	 */
	private Instant stepMoment(LocalDate heldOn, DoetankRef doetank, Instant now) {
		if (heldOn == null || !heldOn.isBefore(LocalDate.ofInstant(now, this.clock.getZone()))) {
			return now;
		}
		Instant phaseStart = phaseStart(doetank);
		if (heldOn.isBefore(LocalDate.ofInstant(phaseStart, this.clock.getZone()))) {
			throw new RuleViolationException("gate.rule.heldBeforePhase");
		}
		Instant noon = heldOn.atTime(LocalTime.NOON).atZone(this.clock.getZone()).toInstant();
		return noon.isAfter(phaseStart) ? noon : phaseStart.plusSeconds(1);
	}

	@Transactional
	public void record(String slug, GateReviewCommand command, MemberPrincipal coach) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(coach));
		DoetankRef doetank = visible.doetank();
		if (!RouteAccess.isReviewer(visible.team(), Viewer.of(coach))) {
			throw new AccessDeniedException("only a coach of this Doetank records a gate review");
		}
		Phase underReview = requireActive(doetank);
		List<ChecklistItem> checkpoints = this.checklist.findByPhaseAndActiveTrueOrderByPosition(underReview)
			.stream()
			.filter(ChecklistItem::isCheckpoint)
			.toList();
		Instant now = this.clock.instant();
		Instant happened = stepMoment(command.heldOn(), doetank, now);

		DoetankProgress.Step step = this.progress.decide(doetank.id(), command.decision(), coach.id(), now);
		GateReview review = this.reviews.save(new GateReview(doetank.id(), step.from(), command,
				coachesPresent(command, coach.id()), checkpoints, coach.id(), now));
		this.transitions.save(new PhaseTransition(step.after(), TransitionKind.of(command.decision()), step.from(),
				happened, coach.id(), review));
		this.requests.findOpen(doetank.id()).forEach((request) -> request.answer(now));
		this.steppingIn.recordIfSteppedIn(doetank.id(), visible.team(), coach, "GATE_REVIEW_RECORDED");
	}

	/** A coach marks (or unmarks) a Doetank in VERBREDEN as diffusietank. */
	@Transactional
	public void markDiffusietank(String slug, boolean diffusietank, MemberPrincipal coach) {
		DoetankRef doetank = loadForReview(slug, coach);
		this.progress.markDiffusietank(doetank.id(), diffusietank, this.clock.instant());
		if (coach.isBeheerder()) {
			this.steppingIn.recordIfSteppedIn(doetank.id(), this.doetanks.team(doetank.id()), coach,
					"DIFFUSIETANK_MARKED");
		}
	}

	/** The recorder and the network's coaches they ticked; anyone else is ignored. */
	private Set<Long> coachesPresent(GateReviewCommand command, Long recorderId) {
		Set<Long> present = new LinkedHashSet<>();
		present.add(recorderId);
		if (command.coachIds() != null && !command.coachIds().isEmpty()) {
			Set<Long> coaches = this.members.coaches().stream().map(MemberRef::id).collect(Collectors.toSet());
			command.coachIds().stream().filter(coaches::contains).forEach(present::add);
		}
		return present;
	}

	private DoetankRef loadForReview(String slug, MemberPrincipal coach) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(coach));
		if (!RouteAccess.isReviewer(visible.team(), Viewer.of(coach))) {
			throw new AccessDeniedException("only a coach of this Doetank records a gate review");
		}
		return visible.doetank();
	}

	private static Phase requireActive(DoetankRef doetank) {
		if (!doetank.isActive()) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		return doetank.phase();
	}

}
