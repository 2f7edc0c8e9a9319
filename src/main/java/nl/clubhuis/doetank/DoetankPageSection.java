package nl.clubhuis.doetank;

import nl.clubhuis.member.Viewer;

import org.springframework.ui.Model;

/**
 * A part of the Doetank page that another module keeps (its route, for example): it adds
 * what its part of the page shows, and what the viewer may do there, to the page's model.
 * The module decides those rights by its own rules (the agenda whether the viewer may
 * plan a meeting, the toolkit whether they may record werkvormen, publishing whether they
 * may write on the blog); the doetank module only hands it the Doetank and its team. The
 * model already holds the page's moment as {@code now} (for a Doetank whose record ends
 * in the past, the end of its last day), which durations on the page run up to.
 */
public interface DoetankPageSection {

	void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer);

}
