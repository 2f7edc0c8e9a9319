package nl.clubhuis.agenda;

import nl.clubhuis.doetank.DoetankAccess;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who organises what. The redactie runs the network's meetings; a Doetank's trekker runs
 * the team's own. Only the team comes to a team meeting.
 */
@Component
public class EventAccess {

	private final DoetankAccess doetankAccess;

	EventAccess(DoetankAccess doetankAccess) {
		this.doetankAccess = doetankAccess;
	}

	/** Café, Grand Café, Show and Tell and masterclass are the redactie's. */
	public boolean canOrganiseNetworkEvents(MemberPrincipal viewer) {
		return viewer != null && viewer.isRedactie();
	}

	/** Edit it, see who comes, download the door list. */
	public boolean canManage(Event event, MemberPrincipal viewer) {
		if (viewer == null) {
			return false;
		}
		if (event.isDoetankMeeting()) {
			return event.getDoetank().isTrekker(viewer.id()) || viewer.isBeheerder();
		}
		return canOrganiseNetworkEvents(viewer);
	}

	/** A team's meeting is listed as long as the team is; a proposal's is not. */
	public boolean canSee(Event event, MemberPrincipal viewer) {
		return !event.isDoetankMeeting() || this.doetankAccess.canView(event.getDoetank(), viewer);
	}

	/**
	 * Anyone with an account comes to the network's meetings; a team's meeting is for its
	 * team.
	 */
	public boolean mayAttend(Event event, MemberPrincipal viewer) {
		return viewer != null && (!event.isDoetankMeeting() || event.getDoetank().isMember(viewer.id()));
	}

}
