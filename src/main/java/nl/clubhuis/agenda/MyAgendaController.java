package nl.clubhuis.agenda;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.PageNumber;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A member's own registrations. Opening it counts as having seen who moved up. */
@Controller
class MyAgendaController {

	private final AgendaCatalog catalog;

	private final RegistrationService registrations;

	MyAgendaController(AgendaCatalog catalog, RegistrationService registrations) {
		this.catalog = catalog;
		this.registrations = registrations;
	}

	@GetMapping("/mijn/agenda")
	String mine(PageNumber page, @AuthenticationPrincipal MemberPrincipal member, Model model) {
		model.addAttribute("agenda",
				page.fetch((number) -> this.catalog.mine(member, number), AgendaCatalog.MyAgenda::past));
		model.addAttribute("baseUrl", "/mijn/agenda");
		return "agenda/mine";
	}

	/** "Gezien" on the notice that a place came free. */
	@PostMapping("/mijn/agenda/gezien")
	String seen(@AuthenticationPrincipal MemberPrincipal member) {
		this.registrations.markPromotionsSeen(member);
		return "redirect:/mijn/agenda";
	}

}
