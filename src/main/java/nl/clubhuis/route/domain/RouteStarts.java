package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankAccepted;
import nl.clubhuis.doetank.HistoricalDoetankRecorded;
import nl.clubhuis.route.HistoricalRoute;
import nl.clubhuis.route.RouteHistory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the first steps of a route when a Doetank starts: in the same transaction as the
 * intake, so a Doetank never exists without them.
 */
@Component
class RouteStarts {

	private final PhaseTransitionRepository transitions;

	private final RouteHistory history;

	RouteStarts(PhaseTransitionRepository transitions, RouteHistory history) {
		this.transitions = transitions;
		this.history = history;
	}

	@EventListener
	void on(DoetankAccepted accepted) {
		this.transitions.save(new PhaseTransition(accepted.doetank(), TransitionKind.INTAKE, null, accepted.at(),
				accepted.coachId(), null));
	}

	@EventListener
	void on(HistoricalDoetankRecorded recorded) {
		var doetank = recorded.doetank();
		this.history.write(
				new HistoricalRoute(doetank.id(), doetank.slug(), doetank.phase(), doetank.status(),
						recorded.stopReason(), recorded.lessons(), recorded.closingResult(), recorded.route()),
				recorded.start(), recorded.coachIds());
	}

}
