package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.CoachPageSection;
import nl.clubhuis.doetank.OpenReviewRequests;

import org.springframework.stereotype.Component;

/**
 * "Gevraagde gatekeepers-overleggen" on /coach: the requests waiting for this coach (the
 * route module answers through {@link OpenReviewRequests}).
 */
@Component
class GateRequestsSection implements CoachPageSection {

	private final OpenReviewRequests reviewRequests;

	GateRequestsSection(OpenReviewRequests reviewRequests) {
		this.reviewRequests = reviewRequests;
	}

	@Override
	public int order() {
		return GATE_REQUESTS;
	}

	@Override
	public String fragment() {
		return "doetank/coach :: gateRequests";
	}

	@Override
	public Object content(Request request) {
		return this.reviewRequests.waitingFor(request.coach());
	}

}
