package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStories;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostRef;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a Doetank's timeline in five queries whatever the length of its route, plus one
 * for its milestones and one for the posts they point at (only when one does).
 */
@Component
public class Timelines {

	private final PhaseTransitionRepository transitions;

	private final GateReviewRepository reviews;

	private final GateReviewRequestRepository requests;

	private final DoetankStories stories;

	private final MilestoneRepository milestones;

	private final PostCatalog posts;

	Timelines(PhaseTransitionRepository transitions, GateReviewRepository reviews, GateReviewRequestRepository requests,
			DoetankStories stories, MilestoneRepository milestones, PostCatalog posts) {
		this.milestones = milestones;
		this.posts = posts;
		this.transitions = transitions;
		this.reviews = reviews;
		this.requests = requests;
		this.stories = stories;
	}

	@Transactional(readOnly = true)
	public Timeline of(DoetankRef doetank) {
		return Timeline.of(this.transitions.findRoute(doetank.id()), this.reviews.findWithCoaches(doetank.id()),
				this.reviews.findAnswers(doetank.id()), this.stories.beschouwingen(doetank),
				this.requests.findOpen(doetank.id()), milestonesOf(doetank));
	}

	private List<MilestoneView> milestonesOf(DoetankRef doetank) {
		List<Milestone> all = this.milestones.findForDoetank(doetank.id());
		Map<Long, PostRef> linked = this.posts.publishedOfDoetank(doetank,
				all.stream().map(Milestone::getPostId).filter(Objects::nonNull).toList());
		return all.stream()
			.map((m) -> new MilestoneView(m.getId(), m.getHappenedOn(), m.getTitle(), m.getLine(),
					(m.getPostId() != null) ? linked.get(m.getPostId()) : null))
			.toList();
	}

}
