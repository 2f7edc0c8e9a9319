package nl.clubhuis.doetank.web;

import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a change to a team and returns to {@code target} with what happened. A rule that
 * says no, or someone else changing the team at the same moment (a double click, two
 * trekkers), is explained on the page rather than shown as an error.
 */
final class TeamActions {

	private TeamActions() {
	}

	static String run(RedirectAttributes redirect, String target, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("flashProblem", "error.409.concurrent");
		}
		return "redirect:" + target;
	}

	static String teamPage(String slug) {
		return "/doetanks/" + slug + "/team";
	}

	static String doetankPage(String slug) {
		return "/doetanks/" + slug;
	}

}
