package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * /doetanks/{slug}/geschiedenis: every change to the Doetank's description, newest first,
 * for whoever may see the Doetank.
 */
@Controller
class DoetankHistoryController {

	private final DoetankCatalog catalog;

	private final RevisionViews revisions;

	DoetankHistoryController(DoetankCatalog catalog, RevisionViews revisions) {
		this.catalog = catalog;
		this.revisions = revisions;
	}

	@GetMapping("/doetanks/{slug}/geschiedenis")
	String history(@PathVariable String slug, PageNumber page, Viewer viewer, Model model) {
		Doetank doetank = this.catalog.show(slug, viewer);
		model.addAttribute("doetank", doetank.ref());
		model.addAttribute("revisions", page.fetch((number) -> this.revisions.page(doetank.getId(), number)));
		model.addAttribute("baseUrl", "/doetanks/" + slug + "/geschiedenis");
		return "doetank/history";
	}

}
