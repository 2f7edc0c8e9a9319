package nl.clubhuis.toolkit.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the toolkit: the redactie keeps the werkvormen; everyone with a role
 * in a Doetank's team (its coach too) records which werkvormen it used, while the Doetank
 * is public.
 */
@Component
public class ToolkitAccess {

	public boolean canEdit(Viewer viewer) {
		return viewer.isRedactie();
	}

	public void requireEditor(Viewer viewer) {
		if (!canEdit(viewer)) {
			throw new AccessDeniedException("only the redactie keeps the toolkit");
		}
	}

	public boolean canRecordWerkvormen(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		return doetank.isPublic() && viewer.memberId().filter(team::isMember).isPresent();
	}

	void requireRecorder(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (!canRecordWerkvormen(doetank, team, viewer)) {
			throw new AccessDeniedException("only the team records its werkvormen");
		}
	}

}
