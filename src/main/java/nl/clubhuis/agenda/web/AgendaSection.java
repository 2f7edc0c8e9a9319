package nl.clubhuis.agenda.web;

import nl.clubhuis.agenda.domain.EventAccess;
import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The agenda's say on the Doetank page: whether the viewer may plan the team's next
 * meeting ({@code canPlanMeeting}), by the agenda's own rule.
 */
@Component
class AgendaSection implements DoetankPageSection {

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		model.addAttribute("canPlanMeeting", EventAccess.canPlanMeeting(doetank, team, viewer));
	}

}
