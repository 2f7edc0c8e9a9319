package nl.clubhuis.documents.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.member.Viewer;

/**
 * Who may do what with a Doetank's documents, decided once per use case. The team (every
 * current role, its coaches included) and beheerders upload and add versions, and see
 * every document; trekkers and beheerders also remove them and change who sees them;
 * everyone else sees the public documents of a Doetank they may see.
 */
public final class DocumentAccess {

	private DocumentAccess() {
	}

	public static boolean canUpload(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		return isTeam(team, viewer) || viewer.isBeheerder();
	}

	public static boolean canSee(Visibility visibility, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (visibility == Visibility.TEAM) {
			return isTeam(team, viewer) || viewer.isBeheerder();
		}
		return Doetanks.isVisible(doetank, team, viewer);
	}

	/**
	 * Who may take a document away, or a version of it, or change who sees it: its
	 * trekkers, who answer for what the Doetank shows, and beheerders.
	 */
	public static boolean canManage(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter(team::isTrekker).isPresent() || viewer.isBeheerder();
	}

	/** A beheerder who acts for a team they are not in: written in the logboek. */
	public static boolean stepsIn(TeamRoles team, Viewer viewer) {
		return viewer.isBeheerder() && !isTeam(team, viewer);
	}

	private static boolean isTeam(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter(team::isMember).isPresent();
	}

}
