package nl.clubhuis.agenda;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankAccess;
import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	/** How many recent Café blog posts the report field offers. */
	private static final int REPORT_CHOICES = 20;

	private final EventService service;

	private final EventAccess access;

	private final DoetankCatalog doetanks;

	private final DoetankAccess doetankAccess;

	private final PostCatalog posts;

	private final Clock clock;

	private final AgendaCatalog catalog;

	EventEditorController(EventService service, EventAccess access, DoetankCatalog doetanks,
			DoetankAccess doetankAccess, PostCatalog posts, Clock clock, AgendaCatalog catalog) {
		this.catalog = catalog;
		this.service = service;
		this.access = access;
		this.doetanks = doetanks;
		this.doetankAccess = doetankAccess;
		this.posts = posts;
		this.clock = clock;
	}

	@GetMapping("/agenda/nieuw")
	String newEvent(@RequestParam(name = "doetank", required = false) String hostSlug,
			@AuthenticationPrincipal MemberPrincipal organiser, Model model) {
		Doetank host = allowedHost(hostSlug, organiser);
		EventForm form = new EventForm();
		form.setType((host != null) ? EventType.DOETANK : EventType.CAFE);
		model.addAttribute("eventForm", form);
		return view(model, host, null);
	}

	@PostMapping("/agenda/nieuw")
	String announce(@RequestParam(name = "doetank", required = false) String hostSlug,
			@Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal organiser, Model model, RedirectAttributes redirect) {
		Doetank host = allowedHost(hostSlug, organiser);
		List<Doetank> podium = check(form, errors, host == null);
		if (errors.hasErrors()) {
			return view(model, host, null);
		}
		Event event = this.service.announce(form.details(this.clock.getZone(), podium),
				(host != null) ? host.getSlug() : null, organiser);
		redirect.addFlashAttribute("flashSuccess", "event.saved.announced");
		return "redirect:" + event.getPath();
	}

	@GetMapping("/agenda/{slug}/bewerken")
	String editForm(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal organiser, Model model) {
		Event event = this.service.forEditing(slug, organiser);
		model.addAttribute("eventForm", EventForm.of(event, this.clock.getZone()));
		return view(model, event.getDoetank(), event);
	}

	@PostMapping("/agenda/{slug}/bewerken")
	String change(@PathVariable String slug, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal organiser, Model model, RedirectAttributes redirect) {
		Event event = this.service.forEditing(slug, organiser);
		List<Doetank> podium = check(form, errors, !event.isDoetankMeeting());
		List<PostCard> reports = reportChoices(event);
		if (form.getReportPostId() != null
				&& reports.stream().noneMatch((report) -> report.id().equals(form.getReportPostId()))) {
			errors.rejectValue("reportPostId", "event.report.unknown");
		}
		if (errors.hasErrors()) {
			return view(model, event.getDoetank(), event);
		}
		try {
			this.service.change(slug, (form.getVersion() != null) ? form.getVersion() : -1,
					form.details(this.clock.getZone(), podium), form.getReportPostId(), organiser);
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved this event meanwhile: keep what this organiser typed, say so,
			// and let a second save deliberately replace the other version.
			errors.reject("event.conflict");
			form.setVersion(this.service.forEditing(slug, organiser).getVersion());
			return view(model, event.getDoetank(), event);
		}
		redirect.addFlashAttribute("flashSuccess", "event.saved.changed");
		return "redirect:" + event.getPath();
	}

	/** Calling off asks first: the people who registered will be told. */
	@GetMapping("/agenda/{slug}/afgelasten")
	String confirmCallOff(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal organiser, Model model) {
		model.addAttribute("callOffForm", new CallOffForm());
		return callOffPage(slug, organiser, model);
	}

	@PostMapping("/agenda/{slug}/afgelasten")
	String callOff(@PathVariable String slug, @Valid @ModelAttribute("callOffForm") CallOffForm form,
			BindingResult errors, @AuthenticationPrincipal MemberPrincipal organiser, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return callOffPage(slug, organiser, model);
		}
		this.service.callOff(slug, form.getReason(), organiser);
		redirect.addFlashAttribute("flashSuccess", "event.saved.calledOff");
		return "redirect:/agenda/" + slug;
	}

	private String callOffPage(String slug, MemberPrincipal organiser, Model model) {
		AgendaCatalog.Attendees attendees = this.catalog.attendees(slug, organiser);
		model.addAttribute("event", attendees.event());
		model.addAttribute("attendees", attendees);
		return "agenda/call-off";
	}

	/** The host Doetank of a team meeting, if this person may plan one for it. */
	private Doetank allowedHost(String hostSlug, MemberPrincipal organiser) {
		if (hostSlug == null) {
			if (!this.access.canOrganiseNetworkEvents(organiser)) {
				throw new AccessDeniedException("only the redactie announces the network's events");
			}
			return null;
		}
		Doetank host = this.doetanks.show(hostSlug, organiser);
		if (!this.doetankAccess.canPlanMeeting(host, organiser)) {
			throw new AccessDeniedException("only a trekker plans the team's meetings");
		}
		return host;
	}

	/** The form's own checks, and the podium names found as Doetanks. */
	private List<Doetank> check(EventForm form, BindingResult errors, boolean networkEvent) {
		form.check(errors, networkEvent, this.clock.getZone());
		List<String> names = form.podiumNames();
		List<Doetank> found = this.doetanks.publicNamed(names);
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			if (found.stream()
				.noneMatch((d) -> d.getTitle().equalsIgnoreCase(name) || d.getSlug().equalsIgnoreCase(name))) {
				unknown.add(name);
			}
		}
		if (!unknown.isEmpty()) {
			errors.rejectValue("podium", "event.podium.unknown", new Object[] { String.join(", ", unknown) }, null);
		}
		return found;
	}

	/** Recent Café blog posts, and the one linked now. */
	private List<PostCard> reportChoices(Event event) {
		if (event == null) {
			return List.of();
		}
		List<PostCard> choices = new ArrayList<>(this.posts.latest(Set.of(PostKind.CAFEBLOG), REPORT_CHOICES));
		if (event.getReport() != null && choices.stream().noneMatch((c) -> c.id().equals(event.getReport().getId()))) {
			this.posts.card(event.getReport().getId()).ifPresent(choices::add);
		}
		return choices;
	}

	private String view(Model model, Doetank host, Event existing) {
		model.addAttribute("host", host);
		model.addAttribute("editing", existing);
		model.addAttribute("types", EventType.NETWORK);
		model.addAttribute("reports", reportChoices(existing));
		model.addAttribute("action", (existing != null) ? existing.getPath() + "/bewerken"
				: "/agenda/nieuw" + ((host != null) ? "?doetank=" + host.getSlug() : ""));
		return VIEW;
	}

}
