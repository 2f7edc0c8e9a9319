package nl.clubhuis.site;

import java.util.List;

import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: what the network is, what a Doetank is, and which teams are looking for
 * people.
 */
@Controller
class HomeController {

	private final DoetankCatalog catalog;

	HomeController(DoetankCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		model.addAttribute("lookingForMembers", this.catalog.lookingForMembers(6));
		model.addAttribute("counts", this.catalog.publicCountsByStatus());
		model.addAttribute("mine", (viewer != null) ? this.catalog.involving(viewer, 6) : List.of());
		model.addAttribute("phases", Phase.values());
		return "home";
	}

}
