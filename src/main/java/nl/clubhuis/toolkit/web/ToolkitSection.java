package nl.clubhuis.toolkit.web;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.toolkit.domain.ToolkitAccess;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The toolkit's say on the Doetank page: whether the viewer may record which werkvormen
 * the team used ({@code canRecordWerkvormen}), by the toolkit's own rule.
 */
@Component
class ToolkitSection implements DoetankPageSection {

	private final ToolkitAccess access;

	ToolkitSection(ToolkitAccess access) {
		this.access = access;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		model.addAttribute("canRecordWerkvormen", this.access.canRecordWerkvormen(doetank, team, viewer));
	}

}
