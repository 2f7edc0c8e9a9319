package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankStatus;

import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what with one Doetank. Rights come from the role in that Doetank; a
 * beheerder may always step in (and the services log it). Joining and keeping the team
 * are for an open Doetank ({@link Doetank#isOpen()}): not for a finished or historical
 * one.
 */
@Component
public class DoetankAccess {

	/**
	 * Public Doetanks for everyone; a proposal only for the people involved and the
	 * network's coaches.
	 */
	public boolean canView(Doetank doetank, Viewer viewer) {
		if (doetank.isPublic()) {
			return true;
		}
		return viewer.memberId().filter(doetank::involves).isPresent() || viewer.isCoach() || viewer.isBeheerder();
	}

	/** Intake of a new vraagstuk is for the network's coaches. */
	public boolean canTakeIn(Doetank doetank, Viewer viewer) {
		return doetank.getStatus() == DoetankStatus.VOORSTEL && (viewer.isCoach() || viewer.isBeheerder());
	}

	/** Join requests are decided by a trekker of that Doetank. */
	public boolean canDecideRequests(Doetank doetank, Viewer viewer) {
		return viewer.memberId().filter(doetank::isTrekker).isPresent() || viewer.isBeheerder();
	}

	/** Not for who is in the team, asked already, or has an invitation to answer. */
	public boolean canAskToJoin(Doetank doetank, Viewer viewer) {
		return doetank.isOpen() && viewer.memberId()
			.filter((id) -> doetank.involves(id) || doetank.roster().openInvitationOf(id).isPresent())
			.isEmpty();
	}

	/**
	 * Members may leave, except the last trekker of a Doetank that needs one (they hand
	 * over first).
	 */
	public boolean canLeave(Doetank doetank, Viewer viewer) {
		return viewer.memberId()
			.filter((id) -> doetank.isMember(id) && !(doetank.isLastTrekker(id) && doetank.needsATrekker()))
			.isPresent();
	}

	/**
	 * A trekker may make a team member trekker, so the lead can be shared or handed over.
	 */
	public boolean canAppointTrekker(Doetank doetank, Viewer viewer) {
		return doetank.isOpen() && canDecideRequests(doetank, viewer);
	}

	/**
	 * The team of an active Doetank is managed (invitations, roles, rings, memberships
	 * ended, guests) by its trekkers and its coaches; a beheerder may step in.
	 */
	public boolean canManageTeam(Doetank doetank, Viewer viewer) {
		return doetank.isOpen()
				&& (viewer.memberId().filter((id) -> doetank.isTrekker(id) || doetank.isCoachOf(id)).isPresent()
						|| viewer.isBeheerder());
	}

	/**
	 * The network's coaches and beheerders assign a Doetank's coaches; its trekker does
	 * not.
	 */
	public boolean canAssignCoaches(Doetank doetank, Viewer viewer) {
		return doetank.isOpen() && (viewer.isCoach() || viewer.isBeheerder());
	}

	public TeamPermissions teamPermissions(Doetank doetank, Viewer viewer) {
		return new TeamPermissions(canManageTeam(doetank, viewer), canAssignCoaches(doetank, viewer));
	}

	/**
	 * The page is kept current by its trekkers and its own coaches; a beheerder may step
	 * in (and the service logs it). A network coach who does not coach this Doetank reads
	 * it but does not change it.
	 */
	public boolean canEdit(Doetank doetank, Viewer viewer) {
		return viewer.memberId().filter((id) -> doetank.isTrekker(id) || doetank.isCoachOf(id)).isPresent()
				|| viewer.isBeheerder();
	}

	/**
	 * The typology and the urgency are a coach's estimate: a coach of this Doetank, a
	 * network coach who may edit it anyway (for example as its trekker), or a beheerder.
	 */
	public boolean canClassify(Doetank doetank, Viewer viewer) {
		return canEdit(doetank, viewer) && (viewer.memberId().filter(doetank::isCoachOf).isPresent() || viewer.isCoach()
				|| viewer.isBeheerder());
	}

	/**
	 * Only its author (the proposal's trekker) withdraws a proposal waiting for intake.
	 */
	public boolean canWithdraw(Doetank doetank, Viewer viewer) {
		return doetank.getStatus() == DoetankStatus.VOORSTEL
				&& viewer.memberId().filter(doetank::isTrekker).isPresent();
	}

	/** Its author brings a declined or withdrawn proposal in again. */
	public boolean canBringInAgain(Doetank doetank, Viewer viewer) {
		return (doetank.getStatus() == DoetankStatus.AFGEWEZEN || doetank.getStatus() == DoetankStatus.INGETROKKEN)
				&& viewer.memberId().filter(doetank::isTrekker).isPresent();
	}

	/** Everything the Doetank's own page offers the viewer, decided once. */
	public DoetankPermissions permissions(Doetank doetank, Viewer viewer) {
		return new DoetankPermissions(canTakeIn(doetank, viewer), canAskToJoin(doetank, viewer),
				canLeave(doetank, viewer), canDecideRequests(doetank, viewer), canAppointTrekker(doetank, viewer),
				canEdit(doetank, viewer), canWithdraw(doetank, viewer), canBringInAgain(doetank, viewer));
	}

}
