package nl.clubhuis.route;

import nl.clubhuis.route.domain.ChecklistItem;
import nl.clubhuis.route.domain.ChecklistRepository;
import nl.clubhuis.route.domain.GateReview;
import nl.clubhuis.route.domain.GateReviewRepository;
import nl.clubhuis.route.domain.PhaseTransition;
import nl.clubhuis.route.domain.PhaseTransitionRepository;
import nl.clubhuis.route.domain.TransitionKind;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.HistoricalDoetank.Step;
import nl.clubhuis.doetank.Phase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Writes the route of a Doetank from the network's history: its intake, then its steps as
 * they happened. A step a gatekeepers-overleg decided gets its review, with every coach
 * of the Doetank present; any other step is a plain transition with the coach's reason
 * (the network held its first overleg in April 2014). Without known steps it writes plain
 * transitions only, spread from the start date, and invents no overleg.
 */
@Component
public class RouteHistory {

	/** Why a coach moved a Doetank on without an overleg, when nothing more is known. */
	private static final Map<Phase, String> PLAIN_REASON = new EnumMap<>(Map.of(Phase.SCHETSEN,
			"De coach en de trekker zagen dat het vraagstuk scherp genoeg was om oplossingen te schetsen.",
			Phase.ADOPTEREN, "Er lagen een paar oplossingsrichtingen; het team ging een opdrachtgever zoeken.",
			Phase.EXPERIMENTEREN, "Er was een plek om te experimenteren.", Phase.EVALUEREN,
			"De experimenten leverden resultaten op; tijd om te leren wat werkte en wat het kostte.", Phase.VERBREDEN,
			"Het team ging het resultaat delen met andere organisaties."));

	private static final String STOPPED = "De coaches bespraken eerlijk waarom het niet verder kan, en wat anderen hiervan kunnen leren.";

	private static final String CLOSED = "Het team leverde op wat het zich had voorgenomen. De coaches zagen geen reden voor verbreden en sloten de route af.";

	private static final String COMPLETED = "De oplossing heeft haar weg gevonden naar andere organisaties. De route is afgerond.";

	private final ChecklistRepository checklist;

	private final GateReviewRepository reviews;

	private final PhaseTransitionRepository transitions;

	RouteHistory(ChecklistRepository checklist, GateReviewRepository reviews, PhaseTransitionRepository transitions) {
		this.checklist = checklist;
		this.reviews = reviews;
		this.transitions = transitions;
	}

	/**
	 * {@code doetank} is saved and stands in its final phase and status; the first of
	 * {@code coaches} led its route, all of them sat at its overleggen.
	 */
	public void write(HistoricalRoute doetank, LocalDate start, List<Long> coaches) {
		Long lead = coaches.get(0);
		append(doetank, TransitionKind.INTAKE, null, Phase.INITIEREN, DoetankStatus.ACTIEF, start, lead, null);
		Phase current = Phase.INITIEREN;
		List<Step> steps = doetank.steps().isEmpty() ? plausible(doetank, start) : doetank.steps();
		for (Step step : steps) {
			if (step.status() == DoetankStatus.ACTIEF) {
				writeMove(doetank, current, step, coaches);
				current = step.phase();
			}
			else {
				writeEnd(doetank, current, step, coaches);
			}
		}
	}

	/** As above, with one coach. */
	public void write(HistoricalRoute doetank, LocalDate start, Long coach) {
		write(doetank, start, List.of(coach));
	}

	private void writeMove(HistoricalRoute doetank, Phase current, Step step, List<Long> coaches) {
		Long lead = coaches.get(0);
		if (!step.overleg()) {
			this.transitions.save(PhaseTransition.historicWithoutReview(doetank.id(), current, step.phase(),
					at(step.day()), lead, (step.note() != null) ? step.note() : PLAIN_REASON.get(step.phase())));
			return;
		}
		GateDecision decision = (step.phase() == current) ? new GateDecision.Blijven(step.agreedActions())
				: new GateDecision.Door(step.agreedActions());
		GateReview review = review(doetank, current, decision, step.note(), step.day(), coaches);
		append(doetank, TransitionKind.of(decision), current, step.phase(), DoetankStatus.ACTIEF, step.day(), lead,
				review);
	}

	private void writeEnd(HistoricalRoute doetank, Phase current, Step step, List<Long> coaches) {
		GateDecision decision;
		String reflection;
		switch (step.status()) {
			case GESTOPT -> {
				decision = new GateDecision.Stoppen(doetank.stopReason(), doetank.lessons());
				reflection = STOPPED;
			}
			case AFGESLOTEN -> {
				decision = new GateDecision.Afsluiten(
						(doetank.closingResult() != null) ? doetank.closingResult() : step.note());
				reflection = CLOSED;
			}
			case AFGEROND -> {
				decision = new GateDecision.Afronden();
				reflection = COMPLETED;
			}
			default -> throw new IllegalArgumentException("a route does not end " + step.status());
		}
		GateReview review = step.overleg() ? review(doetank, current, decision,
				(step.note() != null) ? step.note() : reflection, step.day(), coaches) : null;
		append(doetank, TransitionKind.of(decision), current, current, step.status(), step.day(), coaches.get(0),
				review);
	}

	/**
	 * Plain transitions through every phase before the one reached, between 6 and 25
	 * weeks apart, then the end it came to (without an overleg).
	 */
	private static List<Step> plausible(HistoricalRoute doetank, LocalDate start) {
		int seed = doetank.slug().hashCode();
		List<Step> steps = new ArrayList<>();
		LocalDate day = start;
		for (Phase phase = Phase.INITIEREN; phase.isBefore(doetank.phase()); phase = phase.next()) {
			day = day.plusWeeks(weeksIn(phase, seed));
			steps.add(new Step(day, phase.next(), DoetankStatus.ACTIEF, PLAIN_REASON.get(phase.next()), false, null));
		}
		if (doetank.status() != DoetankStatus.ACTIEF) {
			day = day.plusWeeks(weeksIn(doetank.phase(), seed));
			steps.add(new Step(day, doetank.phase(), doetank.status(), null, false, null));
		}
		return steps;
	}

	private static int weeksIn(Phase phase, int seed) {
		return 6 + 2 * phase.ordinal() + Math.floorMod(seed + 31 * phase.ordinal(), 10);
	}

	private GateReview review(HistoricalRoute doetank, Phase phase, GateDecision decision, String reflection,
			LocalDate day, List<Long> coaches) {
		List<ChecklistItem> checkpoints = this.checklist.findByPhaseAndActiveTrueOrderByPosition(phase)
			.stream()
			.filter(ChecklistItem::isCheckpoint)
			.toList();
		List<GateReviewCommand.Answer> answers = new ArrayList<>();
		ChecklistAnswer answer = (decision instanceof GateDecision.Door || decision instanceof GateDecision.Afronden
				|| decision instanceof GateDecision.Afsluiten) ? ChecklistAnswer.JA : ChecklistAnswer.NOG_NIET;
		checkpoints.forEach((item) -> answers.add(new GateReviewCommand.Answer(item.getId(), answer, null)));
		LinkedHashSet<Long> present = new LinkedHashSet<>(coaches);
		GateReviewCommand command = new GateReviewCommand(day, present, answers, reflection, decision);
		return this.reviews
			.save(new GateReview(doetank.id(), phase, command, present, checkpoints, coaches.get(0), at(day)));
	}

	private void append(HistoricalRoute doetank, TransitionKind kind, Phase from, Phase to, DoetankStatus status,
			LocalDate day, Long by, GateReview review) {
		this.transitions.save(PhaseTransition.historic(doetank.id(), kind, from, to, status, at(day), by, review));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
	}

}
