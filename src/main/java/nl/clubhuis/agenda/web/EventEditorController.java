package nl.clubhuis.agenda.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import nl.clubhuis.agenda.EventDetails;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.domain.AgendaViews.Attendees;
import nl.clubhuis.agenda.domain.AgendaViews.EventEditing;
import nl.clubhuis.agenda.domain.CapacityCut;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Announcing and changing events: the redactie's Cafés and a trekker's team meeting
 * (/agenda/nieuw?doetank=...).
 */
@Controller
class EventEditorController {

	private static final String VIEW = "agenda/form";

	private static final CapacityCut<String> NOBODY_MOVES = new CapacityCut<>(List.of(), List.of());

	/** How many recent Café blog posts the report field offers. */
	private static final int REPORT_CHOICES = 20;

	private final EventService service;

	private final EventPages pages;

	private final Doetanks doetanks;

	private final PostCatalog posts;

	private final Clock clock;

	EventEditorController(EventService service, EventPages pages, Doetanks doetanks, PostCatalog posts, Clock clock) {
		this.service = service;
		this.pages = pages;
		this.doetanks = doetanks;
		this.posts = posts;
		this.clock = clock;
	}

	@GetMapping("/agenda/nieuw")
	String newEvent(@RequestParam(name = "doetank", required = false) String hostSlug, Viewer viewer, Model model) {
		DoetankRef host = this.pages.hostForNewEvent(hostSlug, viewer.member());
		model.addAttribute("eventForm", EventForm.fresh((host != null) ? EventType.DOETANK : EventType.CAFE));
		return view(model, host, null);
	}

	@PostMapping("/agenda/nieuw")
	String announce(@RequestParam(name = "doetank", required = false) String hostSlug,
			@Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
			@RequestParam(name = "terug", required = false) String back, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		DoetankRef host = this.pages.hostForNewEvent(hostSlug, viewer.member());
		List<Long> podium = check(form, errors, host == null);
		if (errors.hasErrors() || back != null) {
			return view(model, host, null);
		}
		EventDetails details = form.details(this.clock.getZone(), podium);
		if (!form.isConfirmed() && startsInThePast(details, null)) {
			return confirmation(model, host, null, true, NOBODY_MOVES);
		}
		String checkedHost = (host != null) ? host.slug() : null;
		EventRef event;
		try {
			event = this.service.announce(details, checkedHost, form.getFormToken(), viewer.member());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form, sent twice at once: the other request announced it.
			event = this.service.announce(details, checkedHost, form.getFormToken(), viewer.member());
		}
		redirect.addFlashAttribute("flashSuccess", "event.saved.announced");
		return "redirect:" + event.path();
	}

	@GetMapping("/agenda/{slug}/bewerken")
	String editForm(@PathVariable String slug, Viewer viewer, Model model) {
		EventEditing editing = this.pages.forEditing(slug, viewer.member());
		model.addAttribute("eventForm", EventForm.of(editing, this.clock.getZone()));
		return view(model, editing.host(), editing);
	}

	@PostMapping("/agenda/{slug}/bewerken")
	String change(@PathVariable String slug, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
			@RequestParam(name = "terug", required = false) String back, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		EventEditing editing = this.pages.forEditing(slug, viewer.member());
		List<Long> podium = check(form, errors, !editing.event().isDoetankMeeting());
		List<PostCard> reports = reportChoices(editing);
		if (form.getReportPostId() != null
				&& reports.stream().noneMatch((report) -> report.id().equals(form.getReportPostId()))) {
			errors.rejectValue("reportPostId", "event.report.unknown");
		}
		if (errors.hasErrors() || back != null) {
			return view(model, editing.host(), editing);
		}
		EventDetails details = form.details(this.clock.getZone(), podium);
		if (!form.isConfirmed()) {
			boolean startInPast = startsInThePast(details, editing.event().getStartsAt());
			CapacityCut<String> cut = this.pages.capacityCut(slug, details.capacity(), viewer.member());
			if (startInPast || cut.movesAnyone()) {
				return confirmation(model, editing.host(), editing, startInPast, cut);
			}
		}
		try {
			this.service.change(slug, (form.getVersion() != null) ? form.getVersion() : -1, details,
					form.getReportPostId(), viewer.member());
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved this event meanwhile: keep what this viewer.member() typed,
			// say so,
			// and let a second save deliberately replace the other version.
			errors.reject("event.conflict");
			form.setConfirmed(false);
			form.setVersion(this.pages.forEditing(slug, viewer.member()).event().getVersion());
			return view(model, editing.host(), editing);
		}
		redirect.addFlashAttribute("flashSuccess", "event.saved.changed");
		return "redirect:" + editing.event().getPath();
	}

	/**
	 * A start in the past (new, or moved there) is most likely a typo: members can no
	 * longer register. Minutes only, as the form has them.
	 */
	private boolean startsInThePast(EventDetails details, Instant startedAt) {
		Instant start = details.startsAt().truncatedTo(ChronoUnit.MINUTES);
		return start.isBefore(this.clock.instant())
				&& (startedAt == null || !start.equals(startedAt.truncatedTo(ChronoUnit.MINUTES)));
	}

	/**
	 * Asks before a change hurts; the form's input goes along in hidden fields, so
	 * confirming (or going back to the form) works without JavaScript.
	 */
	private String confirmation(Model model, DoetankRef host, EventEditing editing, boolean startInPast,
			CapacityCut<String> cut) {
		view(model, host, editing);
		model.addAttribute("startInPast", startInPast);
		model.addAttribute("cut", cut);
		return "agenda/confirm-change";
	}

	/** Calling off asks first: the people who registered will be told. */
	@GetMapping("/agenda/{slug}/afgelasten")
	String confirmCallOff(@PathVariable String slug, Viewer viewer, Model model) {
		model.addAttribute("callOffForm", new CallOffForm());
		return callOffPage(slug, viewer.member(), model);
	}

	@PostMapping("/agenda/{slug}/afgelasten")
	String callOff(@PathVariable String slug, @Valid @ModelAttribute("callOffForm") CallOffForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return callOffPage(slug, viewer.member(), model);
		}
		return ToTheEvent.after(slug, redirect, () -> {
			this.service.callOff(slug, form.getReason(), viewer.member());
			return "event.saved.calledOff";
		});
	}

	/**
	 * Called off by mistake: it goes ahead after all (calling it off again is one form
	 * away).
	 */
	@PostMapping("/agenda/{slug}/doorgaan")
	String resume(@PathVariable String slug, Viewer viewer, RedirectAttributes redirect) {
		return ToTheEvent.after(slug, redirect, () -> {
			this.service.resume(slug, viewer.member());
			return "event.resumed";
		});
	}

	/** Deleting asks first, and only when nobody is registered or waiting. */
	@GetMapping("/agenda/{slug}/verwijderen")
	String confirmDelete(@PathVariable String slug, Viewer viewer, Model model) {
		callOffPage(slug, viewer.member(), model);
		return "agenda/delete";
	}

	@PostMapping("/agenda/{slug}/verwijderen")
	String delete(@PathVariable String slug, Viewer viewer, RedirectAttributes redirect) {
		try {
			String back = this.service.delete(slug, viewer.member());
			redirect.addFlashAttribute("flashSuccess", "event.deleted");
			return "redirect:" + back;
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
			return "redirect:/agenda/" + slug;
		}
	}

	private String callOffPage(String slug, MemberPrincipal organiser, Model model) {
		Attendees attendees = this.pages.attendees(slug, organiser);
		model.addAttribute("event", attendees.event());
		model.addAttribute("attendees", attendees);
		model.addAttribute("started", !attendees.event().startsAt().toInstant().isAfter(this.clock.instant()));
		return "agenda/call-off";
	}

	/** The form's own checks, and the podium names found as Doetanks. */
	private List<Long> check(EventForm form, BindingResult errors, boolean networkEvent) {
		form.check(errors, networkEvent, this.clock.getZone());
		List<String> names = form.podiumNames();
		List<DoetankRef> found = this.doetanks.publicNamed(names);
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			if (found.stream().noneMatch((d) -> d.title().equalsIgnoreCase(name) || d.slug().equalsIgnoreCase(name))) {
				unknown.add(name);
			}
		}
		if (!unknown.isEmpty()) {
			errors.rejectValue("podium", "event.podium.unknown", new Object[] { String.join(", ", unknown) }, null);
		}
		return found.stream().map(DoetankRef::id).toList();
	}

	/** Recent Café blog posts, and the one linked now. */
	private List<PostCard> reportChoices(EventEditing editing) {
		if (editing == null) {
			return List.of();
		}
		List<PostCard> choices = new ArrayList<>(this.posts.latest(Set.of(PostKind.CAFEBLOG), REPORT_CHOICES));
		Long linked = editing.event().getReportPostId();
		if (linked != null && choices.stream().noneMatch((c) -> c.id().equals(linked))) {
			this.posts.card(linked).ifPresent(choices::add);
		}
		return choices;
	}

	private String view(Model model, DoetankRef host, EventEditing editing) {
		EventRef existing = (editing != null) ? editing.event().ref() : null;
		model.addAttribute("host", host);
		model.addAttribute("editing", existing);
		model.addAttribute("types", EventType.NETWORK);
		model.addAttribute("reports", reportChoices(editing));
		model.addAttribute("action", (existing != null) ? existing.path() + "/bewerken"
				: "/agenda/nieuw" + ((host != null) ? "?doetank=" + host.slug() : ""));
		return VIEW;
	}

}
