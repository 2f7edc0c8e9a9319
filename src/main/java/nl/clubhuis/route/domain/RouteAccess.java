package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.RoutePermissions;

/**
 * Who may do what along a Doetank's route. Rights come from the role in that Doetank; a
 * beheerder may always step in (and the services log it). A historical Doetank (its story
 * told, {@link DoetankRef#historical()}) is not active and offers nothing.
 */
public final class RouteAccess {

	private RouteAccess() {
	}

	/**
	 * A gatekeepers-overleg is recorded by a coach of that Doetank (or a beheerder), who
	 * also marks a diffusietank and moves the Doetank one phase without an overleg.
	 */
	public static boolean isReviewer(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter(team::isCoach).isPresent() || viewer.isBeheerder();
	}

	/**
	 * The coaches' reflection among themselves is for the network's coaches (and its
	 * beheerders), not for the team or visitors.
	 */
	public static boolean seesCoachesReflection(Viewer viewer) {
		return viewer.isCoach() || viewer.isBeheerder();
	}

	/** A trekker or a coach of the Doetank asks for a gatekeepers-overleg. */
	public static boolean mayAskForReview(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter((id) -> team.isTrekker(id) || team.isCoach(id)).isPresent();
	}

	public static boolean mayRequestReview(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		return doetank.isActive() && mayAskForReview(team, viewer);
	}

	/**
	 * The trekker and the coach keep the adoption agreement and the business case (a
	 * beheerder may step in).
	 */
	public static boolean keepsRecords(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter((id) -> team.isTrekker(id) || team.isCoach(id)).isPresent()
				|| viewer.isBeheerder();
	}

	public static RoutePermissions permissions(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		boolean active = doetank.isActive();
		boolean keepsRecords = active && keepsRecords(team, viewer);
		return new RoutePermissions(active && isReviewer(team, viewer), mayRequestReview(doetank, team, viewer),
				keepsRecords, keepsRecords && doetank.phase() != null && !doetank.phase().isBefore(Phase.ADOPTEREN),
				doetank.phase() == Phase.VERBREDEN && doetank.status() != DoetankStatus.GESTOPT && !doetank.historical()
						&& isReviewer(team, viewer));
	}

}
