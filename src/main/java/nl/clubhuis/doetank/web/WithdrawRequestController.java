package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member takes back their own open request to join, from /mijn: a page that asks
 * whether they are sure, then the POST. Only their own request: there is no id to change,
 * and without an open request the page is a 404.
 */
@Controller
class WithdrawRequestController {

	private final DoetankCatalog catalog;

	private final DoetankService service;

	WithdrawRequestController(DoetankCatalog catalog, DoetankService service) {
		this.catalog = catalog;
		this.service = service;
	}

	@GetMapping("/mijn/aanvragen/{slug}/intrekken")
	String confirm(@PathVariable String slug, Viewer viewer, Model model) {
		Doetank doetank = this.catalog.show(slug, viewer);
		if (doetank.pendingRequestOf(viewer.member().id()).isEmpty()) {
			throw new NotFoundException(slug);
		}
		model.addAttribute("doetank", doetank.ref());
		return "doetank/withdraw";
	}

	@PostMapping("/mijn/aanvragen/{slug}/intrekken")
	String withdraw(@PathVariable String slug, Viewer viewer, RedirectAttributes redirect) {
		this.service.withdrawRequest(slug, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "my.requests.withdrawn");
		return "redirect:/mijn#mijn-aanvragen";
	}

}
