package nl.clubhuis.agenda.web;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.agenda.EventCard;

import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.RegistrationStatus;
import nl.clubhuis.agenda.domain.AgendaViews.EventPage;
import nl.clubhuis.agenda.domain.EventAccess;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.Markdown;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agenda: what is coming, what was, one event, and registering for it. */
@Controller
class AgendaController {

	private final AgendaCatalog catalog;

	private final EventPages pages;

	private final RegistrationService registrations;

	private final SharedContent shared;

	private final SharedMarkup markup;

	private final KeptPages keptPages;

	AgendaController(AgendaCatalog catalog, EventPages pages, RegistrationService registrations, SharedContent shared,
			SharedMarkup markup, KeptPages keptPages) {
		this.keptPages = keptPages;
		this.shared = shared;
		this.markup = markup;
		this.catalog = catalog;
		this.pages = pages;
		this.registrations = registrations;
	}

	@GetMapping("/agenda")
	String upcoming(@RequestParam(name = "soort", required = false) String type, PageNumber page, Viewer viewer,
			Model model) {
		EventType chosen = typeNamed(type);
		return list(model, chosen, false, viewer, () -> page.fetch((number) -> this.shared
			.get("agenda:" + chosen + ":" + number, () -> this.catalog.upcoming(chosen, number))));
	}

	@GetMapping("/agenda/geweest")
	String past(@RequestParam(name = "soort", required = false) String type, PageNumber page, Viewer viewer,
			Model model) {
		EventType chosen = typeNamed(type);
		return list(model, chosen, true, viewer, () -> page.fetch((number) -> this.shared
			.get("agenda.past:" + chosen + ":" + number, () -> this.catalog.past(chosen, number))));
	}

	/**
	 * Kept whole for a member as they saw it until anything changes ({@link KeptPages}),
	 * as long as a visitor's (the page cache's time to live): what time it is decides
	 * whether one may still register, and the server decides that again when one does.
	 */
	@GetMapping("/agenda/{slug}")
	ModelAndView show(@PathVariable String slug, Viewer viewer, Model model) {
		return this.keptPages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> {
			if (!model.containsAttribute("registrationForm")) {
				model.addAttribute("registrationForm", new EventRegistrationForm());
			}
			return page(slug, viewer, model);
		});
	}

	/**
	 * "Log in om je aan te melden": this address needs an account, so the login page
	 * brings the visitor back here, and from here to the event.
	 */
	@GetMapping("/agenda/{slug}/inloggen")
	String logInFirst(@PathVariable String slug) {
		return "redirect:/agenda/" + slug;
	}

	@PostMapping("/agenda/{slug}/aanmelden")
	String register(@PathVariable String slug, @Valid @ModelAttribute("registrationForm") EventRegistrationForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(slug, viewer, model);
		}
		return ToTheEvent.after(slug, redirect, () -> {
			RegistrationService.Outcome outcome = this.registrations.register(slug, form.getNote(), viewer.member());
			return (outcome.status() == RegistrationStatus.BEVESTIGD) ? "attendance.done.confirmed"
					: "attendance.done.waiting";
		});
	}

	@PostMapping("/agenda/{slug}/afmelden")
	String cancel(@PathVariable String slug, Viewer viewer, RedirectAttributes redirect) {
		return ToTheEvent.after(slug, redirect, () -> {
			this.registrations.cancel(slug, viewer.member());
			return "attendance.done.cancelled";
		});
	}

	private String page(String slug, Viewer viewer, Model model) {
		// as of before the event is read, so HTML of a description changed meanwhile is
		// not kept
		SharedContent asOfNow = this.shared.asOfNow();
		EventPage page = this.pages.show(slug, viewer);
		model.addAttribute("page", page);
		model.addAttribute("event", page.card());
		// after show's check of who may see it; the same for everyone who may
		model.addAttribute("html", asOfNow.get("event.html:" + slug, () -> Markdown.toHtml(page.description())));
		return "agenda/event";
	}

	/**
	 * {@code events} reads the page, after the markup's moment is taken.
	 */
	private String list(Model model, EventType chosen, boolean past, Viewer viewer, Supplier<Page<EventCard>> events) {
		model.addAttribute("type", chosen);
		model.addAttribute("types", EventType.values());
		model.addAttribute("past", past);
		String baseUrl = (past ? "/agenda/geweest" : "/agenda") + ((chosen != null) ? "?soort=" + chosen.name() : "");
		SharedMarkup markup = this.markup.asOfNow();
		Page<EventCard> page = events.get();
		model.addAttribute("resultsMarkup",
				markup.render(baseUrl + ":" + page.getNumber(),
						"fragments/agenda :: results(events=${events}, past=${past}, baseUrl=${baseUrl})",
						() -> Map.of("events", page, "past", past, "baseUrl", baseUrl)));
		model.addAttribute("canOrganise", EventAccess.canOrganiseNetworkEvents(viewer));
		return "agenda/list";
	}

	/** An unknown type shows everything rather than an error. */
	static EventType typeNamed(String name) {
		return Arrays.stream(EventType.values())
			.filter((t) -> t.name().equalsIgnoreCase(name))
			.findFirst()
			.orElse(null);
	}

}
