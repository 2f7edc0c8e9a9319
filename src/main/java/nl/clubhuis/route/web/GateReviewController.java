package nl.clubhuis.route.web;

import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.ChecklistAnswer;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.domain.GateReviewPreparation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;

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

/** The gatekeepers-overleg: asking for one, and recording one. */
@Controller
class GateReviewController {

	private final GateReviewService service;

	private final Clock clock;

	private final DoetankToolkit toolkit;

	GateReviewController(GateReviewService service, Clock clock, DoetankToolkit toolkit) {
		this.toolkit = toolkit;
		this.service = service;
		this.clock = clock;
	}

	@PostMapping("/doetanks/{slug}/diffusietank")
	String markDiffusietank(@PathVariable String slug, @RequestParam("diffusietank") boolean diffusietank,
			Viewer viewer, RedirectAttributes redirect) {
		try {
			this.service.markDiffusietank(slug, diffusietank, viewer.member());
			redirect.addFlashAttribute("flashSuccess", diffusietank ? "diffusietank.marked" : "diffusietank.unmarked");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/doetanks/" + slug;
	}

	/** Asked by a trekker or a coach of the Doetank (also from /coach: keep this URL). */
	@PostMapping("/doetanks/{slug}/gatekeepers/aanvragen")
	String askForReview(@PathVariable String slug, @RequestParam(name = "note", required = false) String note,
			Viewer viewer, RedirectAttributes redirect) {
		String trimmed = (note != null && note.length() > 1000) ? note.substring(0, 1000) : note;
		try {
			this.service.requestReview(slug, trimmed, viewer.member());
			redirect.addFlashAttribute("flashSuccess", "gate.request.sent");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/doetanks/" + slug;
	}

	@GetMapping("/doetanks/{slug}/gatekeepers/nieuw")
	String form(@PathVariable String slug, Viewer viewer, Model model) {
		GateReviewForm form = new GateReviewForm();
		form.setHeldOn(LocalDate.now(this.clock));
		form.getCoachIds().add(viewer.member().id());
		model.addAttribute("form", form);
		return render(slug, viewer.member(), model);
	}

	@PostMapping("/doetanks/{slug}/gatekeepers")
	String record(@PathVariable String slug, @Valid @ModelAttribute("form") GateReviewForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && form.getReviewed() != null
				&& this.service.alreadyRecorded(slug, form.getReviewed(), form.toCommand(), viewer.member())) {
			return recorded(slug, form, redirect);
		}
		GateReviewPreparation preparation = this.service.prepare(slug, viewer.member());
		form.checkAgainst(preparation.doetank().phase(), preparation.phaseStartedOn(), preparation.checkpoints(),
				errors);
		form.checkCoaches(viewer.member().id(), preparation.coaches().stream().map(MemberRef::id).toList(),
				this.service.quorum(), errors);
		if (errors.hasErrors()) {
			return render(preparation, model);
		}
		try {
			this.service.record(slug, form.toCommand(), viewer.member(), form.getReviewed());
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", "gate.conflict");
			return render(slug, viewer.member(), model);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("conflict", ex.messageKey());
			return render(slug, viewer.member(), model);
		}
		return recorded(slug, form, redirect);
	}

	private static String recorded(String slug, GateReviewForm form, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", "gate.recorded." + form.getDecision());
		return "redirect:/doetanks/" + slug + "#verloop";
	}

	private String render(String slug, MemberPrincipal coach, Model model) {
		return render(this.service.prepare(slug, coach), model);
	}

	private String render(GateReviewPreparation preparation, Model model) {
		if (model.getAttribute("form") instanceof GateReviewForm form && form.getReviewed() == null) {
			form.setReviewed(preparation.doetank().phase());
		}
		model.addAttribute("preparation", preparation);
		model.addAttribute("doetank", preparation.doetank());
		model.addAttribute("decisions", GateDecision.Kind.values());
		model.addAttribute("coachesNeeded", this.service.quorum().minimum());
		model.addAttribute("answerOptions", ChecklistAnswer.values());
		model.addAttribute("werkvormen", this.toolkit.fitting(preparation.doetank().phase()));
		model.addAttribute("earlierPhases",
				java.util.Arrays.stream(Phase.values())
					.filter((p) -> p.isBefore(preparation.doetank().phase()))
					.toList());
		return "route/gate-review";
	}

}
