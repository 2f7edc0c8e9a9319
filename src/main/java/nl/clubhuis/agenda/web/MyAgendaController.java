package nl.clubhuis.agenda.web;

import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A member's own registrations. Opening it counts as having seen who moved up. */
@Controller
class MyAgendaController {

	private final EventPages pages;

	private final RegistrationService registrations;

	MyAgendaController(EventPages pages, RegistrationService registrations) {
		this.pages = pages;
		this.registrations = registrations;
	}

	@GetMapping("/mijn/agenda")
	String mine(@RequestParam(name = "pagina", defaultValue = "1") int page,
			@AuthenticationPrincipal MemberPrincipal member, Model model) {
		model.addAttribute("agenda", this.pages.mine(member, page - 1));
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
