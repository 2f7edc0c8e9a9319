package nl.clubhuis.agenda.web;

import nl.clubhuis.agenda.domain.AgendaViews.MyAgenda;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A member's own registrations. */
@Controller
class MyAgendaController {

	private final EventPages pages;

	MyAgendaController(EventPages pages) {
		this.pages = pages;
	}

	@GetMapping("/mijn/agenda")
	String mine(PageNumber page, Viewer viewer, Model model) {
		model.addAttribute("agenda", page.fetch((number) -> this.pages.mine(viewer.member(), number), MyAgenda::past));
		model.addAttribute("baseUrl", "/mijn/agenda");
		return "agenda/mine";
	}

}
