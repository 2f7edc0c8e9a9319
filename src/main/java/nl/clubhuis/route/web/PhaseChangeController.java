package nl.clubhuis.route.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.PhaseChangeService;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Faseovergang zonder overleg": a coach moves a Doetank one phase forward or back. */
@Controller
class PhaseChangeController {

	private final PhaseChangeService service;

	private final Clock clock;

	PhaseChangeController(PhaseChangeService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@GetMapping("/doetanks/{slug}/overgang")
	String form(@PathVariable String slug, Viewer viewer, Model model, RedirectAttributes redirect) {
		PhaseChangeService.Preparation preparation;
		try {
			preparation = this.service.prepare(slug, viewer.member());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
			return "redirect:/doetanks/" + slug;
		}
		PhaseChangeForm form = new PhaseChangeForm();
		form.setFrom(preparation.doetank().phase());
		form.setMovedOn(LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return render(preparation, model);
	}

	@PostMapping("/doetanks/{slug}/overgang")
	String move(@PathVariable String slug, @Valid @ModelAttribute("form") PhaseChangeForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		PhaseChangeService.Preparation preparation;
		try {
			preparation = this.service.prepare(slug, viewer.member());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
			return "redirect:/doetanks/" + slug;
		}
		if (form.getFrom() != preparation.doetank().phase()) {
			// Sent twice, or someone else moved it first: nothing happens a second time.
			redirect.addFlashAttribute("flashProblem", "gate.overgang.rule.alreadyMoved");
			return "redirect:/doetanks/" + slug + "#verloop";
		}
		form.checkAgainst(preparation.phaseStartedOn(), errors);
		if (form.getTo() != null && !preparation.options().contains(form.getTo())) {
			errors.rejectValue("to", "gate.overgang.rule.oneStep");
		}
		if (errors.hasErrors()) {
			return render(preparation, model);
		}
		try {
			this.service.move(slug, form.toChange(), viewer.member());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashProblem", "gate.overgang.rule.alreadyMoved");
			return "redirect:/doetanks/" + slug + "#verloop";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("conflict", ex.messageKey());
			return render(preparation, model);
		}
		redirect.addFlashAttribute("flashSuccess", "gate.overgang.recorded");
		return "redirect:/doetanks/" + slug + "#verloop";
	}

	private String render(PhaseChangeService.Preparation preparation, Model model) {
		model.addAttribute("preparation", preparation);
		model.addAttribute("doetank", preparation.doetank());
		return "route/phase-change";
	}

}
