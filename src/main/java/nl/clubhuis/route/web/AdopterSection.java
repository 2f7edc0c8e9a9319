package nl.clubhuis.route.web;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.AdopterService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * "Overgenomen door" on the Doetank page ({@code adopterListing}): the organisations that
 * took up its result, and for a finished Doetank the invitation to get in touch. No
 * statement before VERBREDEN; after it one, and one for the contacts who are members.
 */
@Component
class AdopterSection implements DoetankPageSection {

	private final AdopterService adopters;

	AdopterSection(AdopterService adopters) {
		this.adopters = adopters;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		model.addAttribute("adopterListing", this.adopters.listing(doetank, team, viewer));
	}

}
