package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.MemberDoetankViews;
import nl.clubhuis.member.MyPageSection;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/**
 * "Mijn aanvragen" on /mijn: the member's requests to join and the vraagstukken they
 * brought in, how each stands, and a way to take back an open request.
 */
@Component
class MyRequestsSection implements MyPageSection {

	private final MemberDoetankViews views;

	MyRequestsSection(MemberDoetankViews views) {
		this.views = views;
	}

	@Override
	public int order() {
		return MY_REQUESTS;
	}

	@Override
	public String fragment() {
		return "doetank/mijn :: requests";
	}

	@Override
	public Object content(Viewer viewer) {
		return this.views.requestsOf(viewer.member().id());
	}

}
