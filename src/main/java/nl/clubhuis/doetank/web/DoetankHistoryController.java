package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.HistoryTextRemoval;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /doetanks/{slug}/geschiedenis: every change to the Doetank's description, newest first,
 * for whoever may see the Doetank; a beheerder takes a text out of it (with a
 * confirmation).
 */
@Controller
class DoetankHistoryController {

	private final DoetankCatalog catalog;

	private final RevisionViews revisions;

	private final HistoryTextRemoval removal;

	DoetankHistoryController(DoetankCatalog catalog, RevisionViews revisions, HistoryTextRemoval removal) {
		this.catalog = catalog;
		this.revisions = revisions;
		this.removal = removal;
	}

	@GetMapping("/doetanks/{slug}/geschiedenis")
	String history(@PathVariable String slug, PageNumber page, Viewer viewer, Model model) {
		Doetank doetank = this.catalog.show(slug, viewer);
		model.addAttribute("doetank", doetank.ref());
		model.addAttribute("revisions", page.fetch((number) -> this.revisions.page(doetank.getId(), number)));
		model.addAttribute("baseUrl", "/doetanks/" + slug + "/geschiedenis");
		model.addAttribute("mayRemove", viewer.isBeheerder());
		return "doetank/history";
	}

	/** Asks first, showing the text and whether the description still says it. */
	@GetMapping("/doetanks/{slug}/geschiedenis/{revision}/{field}/verwijderen")
	String confirmRemoval(@PathVariable String slug, @PathVariable long revision, @PathVariable String field,
			@RequestParam("tekst") String side, Viewer viewer, Model model) {
		model.addAttribute("text", this.removal.find(slug, revision, field, isOld(side), viewer.member()));
		model.addAttribute("side", side);
		return "doetank/history-remove";
	}

	@PostMapping("/doetanks/{slug}/geschiedenis/{revision}/{field}/verwijderen")
	String remove(@PathVariable String slug, @PathVariable long revision, @PathVariable String field,
			@RequestParam("tekst") String side, Viewer viewer, RedirectAttributes redirect) {
		try {
			this.removal.remove(slug, revision, field, isOld(side), viewer.member());
			redirect.addFlashAttribute("flashSuccess", "revision.remove.done");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/doetanks/" + slug + "/geschiedenis";
	}

	/** {@code tekst=oud} is the value before the change, {@code nieuw} the one after. */
	private static boolean isOld(String side) {
		return switch (side) {
			case "oud" -> true;
			case "nieuw" -> false;
			default -> throw new NotFoundException("side " + side);
		};
	}

}
