package nl.clubhuis.toolkit.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the toolkit: the redactie keeps the werkvormen; everyone with a role
 * in a Doetank's team (its coach too) records which werkvormen it used, while the Doetank
 * is public.
 */
@Component
public class ToolkitAccess {

	public boolean canEdit(MemberPrincipal viewer) {
		return viewer != null && viewer.isRedactie();
	}

	public void requireEditor(MemberPrincipal viewer) {
		if (!canEdit(viewer)) {
			throw new AccessDeniedException("only the redactie keeps the toolkit");
		}
	}

	public boolean canRecordWerkvormen(DoetankRef doetank, TeamRoles team, MemberPrincipal viewer) {
		return viewer != null && doetank.isPublic() && team.isMember(viewer.id());
	}

	void requireRecorder(DoetankRef doetank, TeamRoles team, MemberPrincipal viewer) {
		if (!canRecordWerkvormen(doetank, team, viewer)) {
			throw new AccessDeniedException("only the team records its werkvormen");
		}
	}

}
