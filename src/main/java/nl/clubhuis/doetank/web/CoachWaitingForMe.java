package nl.clubhuis.doetank.web;

import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.doetank.OpenReviewRequests;
import nl.clubhuis.doetank.domain.MemberDoetankViews;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.WaitingForMe;
import nl.clubhuis.member.WaitingItem;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * For a coach, "Wacht op mij" names the proposals waiting for intake (network coaches, as
 * one line linked to /coach) and each requested gatekeepers-overleg of a Doetank they
 * coach (the route module answers through {@link OpenReviewRequests}).
 */
@Component
class CoachWaitingForMe implements WaitingForMe {

	private final MemberDoetankViews views;

	private final OpenReviewRequests reviewRequests;

	CoachWaitingForMe(MemberDoetankViews views, OpenReviewRequests reviewRequests) {
		this.views = views;
		this.reviewRequests = reviewRequests;
	}

	@Override
	public List<WaitingItem> waitingFor(Viewer viewer) {
		List<WaitingItem> items = new ArrayList<>();
		if (viewer.isCoach()) {
			MemberDoetankViews.Waiting proposals = this.views.proposalsWaiting();
			if (proposals.count() > 0) {
				items.add(WaitingItem.of("my.waiting.intake", "/coach#intake-titel", proposals.since(),
						proposals.count()));
			}
		}
		this.reviewRequests.waitingFor(viewer)
			.forEach((request) -> items
				.add(WaitingItem.of("my.waiting.review", request.doetank().path() + "#verloop", request.requestedAt(),
						request.doetank().title(), new DefaultMessageSourceResolvable("phase." + request.phase()))));
		return items;
	}

}
