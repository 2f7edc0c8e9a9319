package nl.clubhuis.doetank;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.clubhuis.member.Member;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gatekeepers-overleg: a trekker asks for one, a coach of that Doetank records it,
 * and its decision is the only thing that moves a Doetank along its route.
 */
@Service
public class GateReviewService {

	private static final Logger log = LoggerFactory.getLogger(GateReviewService.class);

	private final DoetankRepository doetanks;

	private final ChecklistRepository checklist;

	private final GateReviewRepository reviews;

	private final PhaseTransitionRepository transitions;

	private final GateReviewRequestRepository requests;

	private final DoetankAccess access;

	private final MemberService members;

	private final Clock clock;

	GateReviewService(DoetankRepository doetanks, ChecklistRepository checklist, GateReviewRepository reviews,
			PhaseTransitionRepository transitions, GateReviewRequestRepository requests, DoetankAccess access,
			MemberService members, Clock clock) {
		this.doetanks = doetanks;
		this.checklist = checklist;
		this.reviews = reviews;
		this.transitions = transitions;
		this.requests = requests;
		this.access = access;
		this.members = members;
		this.clock = clock;
	}

	/** "Klaar voor het gatekeepers-overleg?": a trekker asks the coaches for a review. */
	@Transactional
	public void requestReview(String slug, String note, MemberPrincipal trekker) {
		Doetank doetank = load(slug, trekker);
		if (!doetank.isTrekker(trekker.id())) {
			throw new AccessDeniedException("only a trekker of this Doetank asks for a gate review");
		}
		requireActive(doetank);
		if (!this.requests.findOpen(doetank.getId()).isEmpty()) {
			throw new RuleViolationException("gate.rule.alreadyRequested");
		}
		this.requests
			.save(new GateReviewRequest(doetank, note, this.members.reference(trekker.id()), this.clock.instant()));
	}

	/**
	 * What the review form needs: the Doetank, the checklist of its phase and the coaches
	 * who can attend.
	 */
	@Transactional(readOnly = true)
	public GateReviewPreparation prepare(String slug, MemberPrincipal coach) {
		Doetank doetank = load(slug, coach);
		requireReviewRight(doetank, coach);
		requireActive(doetank);
		return new GateReviewPreparation(doetank,
				this.checklist.findByPhaseAndActiveTrueOrderByPosition(doetank.getPhase()), this.members.coaches(),
				this.requests.findOpen(doetank.getId()),
				LocalDate.ofInstant(phaseStart(doetank), this.clock.getZone()));
	}

	/** When the Doetank entered the phase it is in: the last step of its route. */
	private Instant phaseStart(Doetank doetank) {
		List<PhaseTransition> route = this.transitions.findRoute(doetank.getId());
		return route.isEmpty() ? doetank.getCreatedAt() : route.get(route.size() - 1).getHappenedAt();
	}

	/**
	 * When the step happened: the day the overleg was held, so one recorded afterwards
	 * lands on the right date in the timeline (at noon; today's keeps the moment of
	 * saving). Never before the phase began.
	 */
	private Instant stepMoment(LocalDate heldOn, Doetank doetank, Instant now) {
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
		Doetank doetank = load(slug, coach);
		requireReviewRight(doetank, coach);
		if (command.decision() == GateDecision.BLIJVEN
				&& (command.agreedActions() == null || command.agreedActions().isBlank())) {
			throw new RuleViolationException("gate.rule.actionsNeeded");
		}
		Phase underReview = requireActive(doetank);
		List<ChecklistItem> checkpoints = this.checklist.findByPhaseAndActiveTrueOrderByPosition(underReview)
			.stream()
			.filter(ChecklistItem::isCheckpoint)
			.toList();
		Instant now = this.clock.instant();
		Instant happened = stepMoment(command.heldOn(), doetank, now);
		Member recorder = this.members.reference(coach.id());
		Set<Member> present = coachesPresent(command, recorder);

		Phase from = doetank.decide(command.decision(), command.backToPhase(), command.newVraagstuk(),
				command.stopReason(), command.lessons(), now);
		GateReview review = this.reviews
			.save(new GateReview(doetank, from, command, present, checkpoints, recorder, now));
		this.transitions.save(
				new PhaseTransition(doetank, TransitionKind.of(command.decision()), from, happened, recorder, review));
		this.requests.findOpen(doetank.getId()).forEach((request) -> request.answer(now));
		if (!doetank.isCoachOf(coach.id())) {
			log.warn("Beheerder {} stepped in on Doetank {}: recorded a gate review ({})", coach.id(),
					doetank.getSlug(), command.decision());
		}
	}

	/** A coach marks (or unmarks) a Doetank in VERBREDEN as diffusietank. */
	@Transactional
	public void markDiffusietank(String slug, boolean diffusietank, MemberPrincipal coach) {
		Doetank doetank = load(slug, coach);
		requireReviewRight(doetank, coach);
		doetank.markDiffusietank(diffusietank, this.clock.instant());
	}

	private Set<Member> coachesPresent(GateReviewCommand command, Member recorder) {
		Set<Member> present = new LinkedHashSet<>();
		present.add(recorder);
		if (command.coachIds() != null) {
			this.members.coaches()
				.stream()
				.filter((member) -> command.coachIds().contains(member.getId()))
				.forEach(present::add);
		}
		return present;
	}

	private Doetank load(String slug, MemberPrincipal viewer) {
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canView(doetank, viewer)) {
			throw new NotFoundException(slug);
		}
		return doetank;
	}

	private void requireReviewRight(Doetank doetank, MemberPrincipal person) {
		if (!this.access.canRecordGateReview(doetank, person)) {
			throw new AccessDeniedException("only a coach of this Doetank records a gate review");
		}
	}

	private static Phase requireActive(Doetank doetank) {
		if (doetank.getStatus() != DoetankStatus.ACTIEF) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		return doetank.getPhase();
	}

}
