package nl.clubhuis.agenda.web;

import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.domain.AgendaViews.MyAgenda;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

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
	String mine(PageNumber page, Viewer viewer, Model model) {
		model.addAttribute("agenda", page.fetch((number) -> this.pages.mine(viewer.member(), number), MyAgenda::past));
		model.addAttribute("baseUrl", "/mijn/agenda");
		return "agenda/mine";
	}

	/** "Gezien" on the notice that a place came free. */
	@PostMapping("/mijn/agenda/gezien")
	String seen(Viewer viewer) {
		this.registrations.markPromotionsSeen(viewer.member());
		return "redirect:/mijn/agenda";
	}

}
