package nl.clubhuis.route;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankProgress;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipRole;
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
import nl.clubhuis.route.domain.StepMoments;
import nl.clubhuis.route.domain.CoachQuorum;
import nl.clubhuis.route.domain.TransitionKind;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.SentTwice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gatekeepers-overleg, the coaches' intervision: a trekker or a coach asks for one, a
 * coach of that Doetank records it with the other coaches present, and its decision moves
 * the Doetank along its route (a clear step may also go without one: see
 * {@link PhaseChangeService}).
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

	private final StepMoments moments;

	private final RouteSettings settings;

	private final ApplicationEventPublisher events;

	private final SentTwice sentTwice;

	GateReviewService(Doetanks doetanks, DoetankProgress progress, ChecklistRepository checklist,
			GateReviewRepository reviews, PhaseTransitionRepository transitions, GateReviewRequestRepository requests,
			MemberDirectory members, Clock clock, SteppingIn steppingIn, StepMoments moments, RouteSettings settings,
			ApplicationEventPublisher events, SentTwice sentTwice) {
		this.events = events;
		this.sentTwice = sentTwice;
		this.steppingIn = steppingIn;
		this.moments = moments;
		this.settings = settings;
		this.doetanks = doetanks;
		this.progress = progress;
		this.checklist = checklist;
		this.reviews = reviews;
		this.transitions = transitions;
		this.requests = requests;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * "Klaar voor het gatekeepers-overleg?": a trekker or a coach of the Doetank asks the
	 * coaches for a review.
	 */
	@Transactional
	public void requestReview(String slug, String note, MemberPrincipal requester) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(requester));
		if (!RouteAccess.mayAskForReview(visible.team(), Viewer.of(requester))) {
			throw new AccessDeniedException("only a trekker or a coach of this Doetank asks for a gate review");
		}
		requireActive(visible.doetank());
		if (!this.requests.findOpen(visible.doetank().id()).isEmpty()) {
			throw new RuleViolationException("gate.rule.alreadyRequested");
		}
		GateReviewRequest request = this.requests
			.save(new GateReviewRequest(visible.doetank(), note, requester.id(), this.clock.instant()));
		Set<Long> coaches = visible.team().withRole(MembershipRole.COACH);
		if (coaches.isEmpty()) {
			coaches = this.members.coaches().stream().map(MemberRef::id).collect(Collectors.toSet());
		}
		this.events.publishEvent(new ReviewRequested(visible.doetank(), request.getId(), coaches, requester.id(),
				request.getRequestedAt()));
	}

	/** How many coaches at least hold an overleg, the recorder included. */
	public CoachQuorum quorum() {
		return new CoachQuorum(this.settings.current().coachesAtOverleg());
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
				this.moments.phaseStartedOn(doetank));
	}

	/**
	 * Whether this coach recorded this overleg of the phase {@code reviewed} already (the
	 * form sent twice): then it is not checked against the route again, which may have
	 * moved on because of it.
	 */
	@Transactional(readOnly = true)
	public boolean alreadyRecorded(String slug, Phase reviewed, GateReviewCommand command, MemberPrincipal coach) {
		DoetankRef doetank = loadForReview(slug, coach);
		// waits while a first send is recorded: a double click gets the same answer
		this.sentTwice.lockFor("gate-review", coach.id());
		return recordedBefore(doetank, reviewed, command, coach);
	}

	private boolean recordedBefore(DoetankRef doetank, Phase reviewed, GateReviewCommand command,
			MemberPrincipal coach) {
		String agreedActions = command.decision().agreedActions();
		return this.reviews.existsRecorded(doetank.id(), reviewed, coach.id(), command.heldOn(),
				command.decision().kind(), command.reflection().strip(), (agreedActions != null) ? agreedActions : "",
				SentTwice.since(this.clock.instant()));
	}

	/** Records the overleg and its decision. */
	@Transactional
	public void record(String slug, GateReviewCommand command, MemberPrincipal coach) {
		record(slug, command, coach, null);
	}

	/**
	 * Records the overleg and its decision from a form opened while the Doetank was in
	 * {@code reviewed} (when known): the same form sent twice records it once.
	 */
	@Transactional
	public void record(String slug, GateReviewCommand command, MemberPrincipal coach, Phase reviewed) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(coach));
		DoetankRef doetank = visible.doetank();
		if (!RouteAccess.isReviewer(visible.team(), Viewer.of(coach))) {
			throw new AccessDeniedException("only a coach of this Doetank records a gate review");
		}
		if (reviewed != null) {
			this.sentTwice.lockFor("gate-review", coach.id());
			if (recordedBefore(doetank, reviewed, command, coach)) {
				return;
			}
		}
		Phase underReview = requireActive(doetank);
		List<ChecklistItem> checkpoints = this.checklist.findByPhaseAndActiveTrueOrderByPosition(underReview)
			.stream()
			.filter(ChecklistItem::isCheckpoint)
			.toList();
		Instant now = this.clock.instant();
		Instant happened = this.moments.of(command.heldOn(), doetank, now);
		Set<Long> present = CoachQuorum.present(coach.id(), command.coachIds(),
				this.members.coaches().stream().map(MemberRef::id).toList());
		if (!quorum().isMetBy(present)) {
			throw new RuleViolationException("gate.rule.tooFewCoaches");
		}

		DoetankProgress.Step step = this.progress.decide(doetank.id(), command.decision(), coach.id(), now);
		GateReview review = this.reviews
			.save(new GateReview(doetank.id(), step.from(), command, present, checkpoints, coach.id(), now));
		PhaseTransition transition = this.transitions.save(new PhaseTransition(step.after(),
				TransitionKind.of(command.decision()), step.from(), happened, coach.id(), review));
		this.events.publishEvent(new DoetankMoved(step.after(), step.from(), command.decision().kind(),
				transition.getId(), coach.id(), now));
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

	private DoetankRef loadForReview(String slug, MemberPrincipal coach) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(coach));
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
