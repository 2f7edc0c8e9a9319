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
import nl.clubhuis.doetank.Phase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Writes a plausible route for a Doetank from the network's history: its intake, a
 * gatekeepers-overleg for every phase it passed, and how it ended. The dates are spread
 * from its start date; the reflections say what such a review typically concluded.
 */
@Component
public class RouteHistory {

	private static final Map<Phase, String> PASSED = new EnumMap<>(Map.of(Phase.INITIEREN,
			"Het vraagstuk is afgebakend en er staat een trekker met een team. De coaches zien genoeg publieke waarde om verder te gaan.",
			Phase.SCHETSEN,
			"Het team heeft met burgers en professionals een paar oplossingsrichtingen geschetst. Tijd om een opdrachtgever te zoeken.",
			Phase.ADOPTEREN,
			"Er is een opdrachtgever met mandaat en een plek om te experimenteren; de afspraken met de besluitvormer zijn gemaakt.",
			Phase.EXPERIMENTEREN,
			"De experimenten leverden tussenresultaten op. Nu is het tijd om te leren wat werkte en wat het kostte.",
			Phase.EVALUEREN,
			"Resultaat, kosten en baten zijn in beeld. De Doetank gaat de oplossing delen met andere organisaties.",
			Phase.VERBREDEN, "De oplossing heeft haar weg gevonden naar andere organisaties. De route is afgerond."));

	private static final String CLOSED = "Het team leverde op wat het zich had voorgenomen. De coaches zagen geen reden voor verbreden en sloten de route af.";

	private static final String STOPPED = "De coaches bespraken eerlijk waarom het niet verder kan, en wat anderen hiervan kunnen leren.";

	private final ChecklistRepository checklist;

	private final GateReviewRepository reviews;

	private final PhaseTransitionRepository transitions;

	RouteHistory(ChecklistRepository checklist, GateReviewRepository reviews, PhaseTransitionRepository transitions) {
		this.checklist = checklist;
		this.reviews = reviews;
		this.transitions = transitions;
	}

	/**
	 * {@code doetank} is saved and stands in its final phase and status; {@code coach}
	 * led its reviews.
	 */
	public void write(HistoricalRoute doetank, LocalDate start, Long coach) {
		Phase reached = doetank.phase();
		int seed = doetank.slug().hashCode();
		LocalDate day = start;
		append(doetank, TransitionKind.INTAKE, null, Phase.INITIEREN, DoetankStatus.ACTIEF, day, coach, null);
		for (Phase phase = Phase.INITIEREN; phase.isBefore(reached); phase = phase.next()) {
			day = day.plusWeeks(weeksIn(phase, seed));
			GateReview review = review(doetank, phase, new GateDecision.Door(null), PASSED.get(phase), day, coach);
			append(doetank, TransitionKind.DOOR, phase, phase.next(), DoetankStatus.ACTIEF, day, coach, review);
		}
		day = day.plusWeeks(weeksIn(reached, seed));
		switch (doetank.status()) {
			case GESTOPT -> {
				GateReview review = review(doetank, reached,
						new GateDecision.Stoppen(doetank.stopReason(), doetank.lessons()), STOPPED, day, coach);
				append(doetank, TransitionKind.STOPPEN, reached, reached, DoetankStatus.GESTOPT, day, coach, review);
			}
			case AFGEROND -> {
				GateReview review = reached.isLast()
						? review(doetank, reached, new GateDecision.Afronden(), PASSED.get(Phase.VERBREDEN), day, coach)
						: null;
				append(doetank, TransitionKind.AFRONDEN, reached, reached, DoetankStatus.AFGEROND, day, coach, review);
			}
			case AFGESLOTEN -> {
				GateReview review = review(doetank, reached, new GateDecision.Afsluiten(doetank.closingResult()),
						CLOSED, day, coach);
				append(doetank, TransitionKind.AFSLUITEN, reached, reached, DoetankStatus.AFGESLOTEN, day, coach,
						review);
			}
			default -> {
			}
		}
	}

	/**
	 * Between 6 and 25 weeks, differing per Doetank and phase; later phases tend to take
	 * longer.
	 */
	private static int weeksIn(Phase phase, int seed) {
		return 6 + 2 * phase.ordinal() + Math.floorMod(seed + 31 * phase.ordinal(), 10);
	}

	private GateReview review(HistoricalRoute doetank, Phase phase, GateDecision decision, String reflection,
			LocalDate day, Long coach) {
		List<ChecklistItem> checkpoints = this.checklist.findByPhaseAndActiveTrueOrderByPosition(phase)
			.stream()
			.filter(ChecklistItem::isCheckpoint)
			.toList();
		List<GateReviewCommand.Answer> answers = new ArrayList<>();
		checkpoints.forEach((item) -> answers.add(new GateReviewCommand.Answer(item.getId(),
				(decision instanceof GateDecision.Stoppen) ? ChecklistAnswer.NOG_NIET : ChecklistAnswer.JA, null)));
		GateReviewCommand command = new GateReviewCommand(day, Set.of(), answers, reflection, decision);
		return this.reviews
			.save(new GateReview(doetank.id(), phase, command, Set.of(coach), checkpoints, coach, at(day)));
	}

	private void append(HistoricalRoute doetank, TransitionKind kind, Phase from, Phase to, DoetankStatus status,
			LocalDate day, Long by, GateReview review) {
		this.transitions.save(PhaseTransition.historic(doetank.id(), kind, from, to, status, at(day), by, review));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
	}

}
