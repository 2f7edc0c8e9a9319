package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStories;
import nl.clubhuis.documents.DocumentLink;
import nl.clubhuis.documents.DoetankDocuments;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostRef;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a Doetank's timeline in five queries whatever the length of its route, plus one
 * for its milestones and, only when one points at them, one for the posts and two for the
 * documents.
 */
@Component
public class Timelines {

	private final PhaseTransitionRepository transitions;

	private final GateReviewRepository reviews;

	private final GateReviewRequestRepository requests;

	private final DoetankStories stories;

	private final MilestoneRepository milestones;

	private final PostCatalog posts;

	private final DoetankDocuments documents;

	Timelines(PhaseTransitionRepository transitions, GateReviewRepository reviews, GateReviewRequestRepository requests,
			DoetankStories stories, MilestoneRepository milestones, PostCatalog posts, DoetankDocuments documents) {
		this.documents = documents;
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
		Map<Long, DocumentLink> documentsLinked = this.documents
			.byIds(all.stream().map(Milestone::getDocumentId).filter(Objects::nonNull).toList());
		return all.stream()
			.map((m) -> new MilestoneView(m.getId(), m.getHappenedOn(), m.getTitle(), m.getLine(),
					(m.getPostId() != null) ? linked.get(m.getPostId()) : null, publicDocument(m, documentsLinked)))
			.toList();
	}

	/**
	 * A document a milestone points at, while it belongs to the Doetank and is public.
	 */
	private static DocumentLink publicDocument(Milestone milestone, Map<Long, DocumentLink> linked) {
		DocumentLink document = (milestone.getDocumentId() != null) ? linked.get(milestone.getDocumentId()) : null;
		return (document != null && document.doetankId().equals(milestone.getDoetankId())
				&& document.visibility() == Visibility.OPENBAAR) ? document : null;
	}

}
