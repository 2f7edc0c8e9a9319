package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStories;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds a Doetank's timeline in five queries whatever the length of its route. */
@Component
public class Timelines {

	private final PhaseTransitionRepository transitions;

	private final GateReviewRepository reviews;

	private final GateReviewRequestRepository requests;

	private final DoetankStories stories;

	Timelines(PhaseTransitionRepository transitions, GateReviewRepository reviews, GateReviewRequestRepository requests,
			DoetankStories stories) {
		this.transitions = transitions;
		this.reviews = reviews;
		this.requests = requests;
		this.stories = stories;
	}

	@Transactional(readOnly = true)
	public Timeline of(DoetankRef doetank) {
		return Timeline.of(this.transitions.findRoute(doetank.id()), this.reviews.findWithCoaches(doetank.id()),
				this.reviews.findAnswers(doetank.id()), this.stories.beschouwingen(doetank),
				this.requests.findOpen(doetank.id()));
	}

}
