package nl.clubhuis.route.web;

import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.WaitingForMe;
import nl.clubhuis.member.WaitingItem;
import nl.clubhuis.route.DoorService;
import nl.clubhuis.route.domain.DoorRequest;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.stereotype.Component;

/**
 * Requests to open a door wait on "Wacht op mij" for the supporter asked, and those to
 * the supportcomité for the beheerders who pass them on. One query, and two more (the
 * Doetanks, the askers' names) only when something waits.
 */
@Component
class DoorsWaitingForMe implements WaitingForMe {

	private final DoorService doors;

	private final Doetanks doetanks;

	private final MemberDirectory members;

	DoorsWaitingForMe(DoorService doors, Doetanks doetanks, MemberDirectory members) {
		this.doors = doors;
		this.doetanks = doetanks;
		this.members = members;
	}

	@Override
	public List<WaitingItem> waitingFor(Viewer viewer) {
		List<DoorRequest> open = this.doors.waitingFor(viewer);
		if (open.isEmpty()) {
			return List.of();
		}
		Map<Long, DoetankRef> doetanks = this.doetanks.byIds(open.stream().map(DoorRequest::getDoetankId).toList());
		Map<Long, MemberRef> askers = this.members.byIds(open.stream().map(DoorRequest::getAskedById).toList());
		return open.stream()
			.filter((request) -> doetanks.containsKey(request.getDoetankId())
					&& askers.containsKey(request.getAskedById()))
			.map((request) -> WaitingItem.of(
					request.isForCommittee() ? "doors.waiting.committee" : "doors.waiting.supporter",
					doetanks.get(request.getDoetankId()).path() + "/deuren/" + request.getId(),
					AmsterdamTime.of(request.getAskedAt()), askers.get(request.getAskedById()).name(),
					request.getToWhom(), doetanks.get(request.getDoetankId()).title()))
			.toList();
	}

}
