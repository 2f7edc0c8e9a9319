package nl.clubhuis.route.domain;

import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.OpenReviewRequests;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.member.MemberRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the coaches' overview the requests for a gatekeepers-overleg, in four queries.
 */
@Component
class WaitingReviewRequests implements OpenReviewRequests {

	private final GateReviewRequestRepository requests;

	private final Doetanks doetanks;

	private final MemberDirectory members;

	WaitingReviewRequests(GateReviewRequestRepository requests, Doetanks doetanks, MemberDirectory members) {
		this.requests = requests;
		this.doetanks = doetanks;
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenReviewRequest> waitingFor(Viewer coach) {
		List<Long> coached = coach.isBeheerder() ? List.of() : this.doetanks.activeCoachedBy(coach.member().id());
		if (!coach.isBeheerder() && coached.isEmpty()) {
			return List.of();
		}
		List<GateReviewRequest> open = this.requests.findOpenFor(coached.isEmpty() ? List.of(-1L) : coached,
				coach.isBeheerder());
		Map<Long, DoetankRef> doetanks = this.doetanks
			.byIds(open.stream().map(GateReviewRequest::getDoetankId).toList());
		Map<Long, MemberRef> names = this.members
			.byIds(open.stream().map(GateReviewRequest::getRequestedById).toList());
		return open.stream()
			.filter((request) -> doetanks.containsKey(request.getDoetankId())
					&& doetanks.get(request.getDoetankId()).isActive())
			.map((request) -> new OpenReviewRequest(doetanks.get(request.getDoetankId()), request.getPhase(),
					request.getNote(), names.get(request.getRequestedById()),
					AmsterdamTime.of(request.getRequestedAt())))
			.toList();
	}

}
