package nl.clubhuis.doetank;

import nl.clubhuis.member.Viewer;

import org.springframework.ui.Model;

/**
 * Renders /doetanks/{slug}, for a module whose form on that page is shown again with its
 * errors.
 */
public interface DoetankPage {

	/** Fills the model and returns the view name; a 404 for who may not see it. */
	String render(Model model, String slug, Viewer viewer);

}
