package nl.clubhuis.publishing.web;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.domain.PostAccess;
import nl.clubhuis.publishing.domain.WritePermissions;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Publishing's say on the Doetank page: whether the viewer may write on the team's blog
 * ({@code canWriteBlog}) or a beschouwing on its phases ({@code canWriteBeschouwing}), by
 * the rules of {@link PostAccess}.
 */
@Component
class PublishingSection implements DoetankPageSection {

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		WritePermissions may = PostAccess.toWrite(PostKind.DOETANKBLOG, doetank, team, viewer);
		model.addAttribute("canWriteBlog", may.post());
		model.addAttribute("canWriteBeschouwing", may.beschouwing());
	}

}
