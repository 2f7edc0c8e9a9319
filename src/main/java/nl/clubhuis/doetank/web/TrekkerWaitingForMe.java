package nl.clubhuis.doetank.web;

import java.util.List;

import nl.clubhuis.doetank.domain.MemberDoetankViews;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.WaitingForMe;
import nl.clubhuis.member.WaitingItem;

import org.springframework.stereotype.Component;

/**
 * For a trekker, "Wacht op mij" names each of their Doetanks where people asked to join,
 * with how many, linked to the requests on the Doetank's page. One query.
 */
@Component
class TrekkerWaitingForMe implements WaitingForMe {

	private final MemberDoetankViews views;

	TrekkerWaitingForMe(MemberDoetankViews views) {
		this.views = views;
	}

	@Override
	public List<WaitingItem> waitingFor(Viewer viewer) {
		return this.views.requestsToDecide(viewer.member().id())
			.stream()
			.map((waiting) -> WaitingItem.of("my.waiting.requests", "/doetanks/" + waiting.slug() + "#aanvragen-titel",
					waiting.since(), waiting.count(), waiting.title()))
			.toList();
	}

}
