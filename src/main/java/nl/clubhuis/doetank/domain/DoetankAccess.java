package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankStatus;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what with one Doetank. Rights come from the role in that Doetank; a
 * beheerder may always step in (and the services log it).
 */
@Component
public class DoetankAccess {

	/**
	 * Public Doetanks for everyone; a proposal only for the people involved and the
	 * network's coaches.
	 */
	public boolean canView(Doetank doetank, MemberPrincipal viewer) {
		if (doetank.isPublic()) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		return doetank.involves(viewer.id()) || viewer.isCoach() || viewer.isBeheerder();
	}

	/** Intake of a new vraagstuk is for the network's coaches. */
	public boolean canTakeIn(Doetank doetank, MemberPrincipal viewer) {
		return viewer != null && doetank.getStatus() == DoetankStatus.VOORSTEL
				&& (viewer.isCoach() || viewer.isBeheerder());
	}

	/** Join requests are decided by a trekker of that Doetank. */
	public boolean canDecideRequests(Doetank doetank, MemberPrincipal viewer) {
		return viewer != null && (doetank.isTrekker(viewer.id()) || viewer.isBeheerder());
	}

	public boolean canAskToJoin(Doetank doetank, MemberPrincipal viewer) {
		return doetank.getStatus() == DoetankStatus.ACTIEF && (viewer == null || !doetank.involves(viewer.id()));
	}

	/**
	 * Members may leave, except the last trekker of a Doetank that needs one (they hand
	 * over first).
	 */
	public boolean canLeave(Doetank doetank, MemberPrincipal viewer) {
		return viewer != null && doetank.isMember(viewer.id())
				&& !(doetank.isLastTrekker(viewer.id()) && doetank.needsATrekker());
	}

	/**
	 * A trekker may make a team member trekker, so the lead can be shared or handed over.
	 */
	public boolean canAppointTrekker(Doetank doetank, MemberPrincipal viewer) {
		return doetank.getStatus() == DoetankStatus.ACTIEF && canDecideRequests(doetank, viewer);
	}

	/** Everything the Doetank's own page offers the viewer, decided once. */
	public DoetankPermissions permissions(Doetank doetank, MemberPrincipal viewer) {
		return new DoetankPermissions(canTakeIn(doetank, viewer), canAskToJoin(doetank, viewer),
				canLeave(doetank, viewer), canDecideRequests(doetank, viewer), canAppointTrekker(doetank, viewer));
	}

}
