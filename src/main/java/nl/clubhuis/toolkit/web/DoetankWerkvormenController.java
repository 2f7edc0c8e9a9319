package nl.clubhuis.toolkit.web;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.toolkit.domain.UsageRecorder;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /doetanks/{slug}/werkvormen: the werkvormen a team used, and recording one. */
@Controller
class DoetankWerkvormenController {

	private final UsageRecorder usages;

	DoetankWerkvormenController(UsageRecorder usages) {
		this.usages = usages;
	}

	@GetMapping("/doetanks/{slug}/werkvormen")
	String show(@PathVariable String slug, @RequestParam(name = "werkvorm", required = false) String werkvorm,
			Viewer viewer, Model model) {
		UsageRecorder.TeamWerkvormen page = this.usages.ofTeam(slug, viewer);
		UsageForm form = new UsageForm();
		form.setWerkvorm(werkvorm);
		form.setPhase(page.doetank().phase());
		model.addAttribute("usageForm", form);
		return render(page, model);
	}

	@PostMapping("/doetanks/{slug}/werkvormen")
	String record(@PathVariable String slug, @Valid @ModelAttribute("usageForm") UsageForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				boolean added = this.usages.record(slug, form.getWerkvorm(), form.getPhase(), form.noteOrNull(),
						viewer.member());
				redirect.addFlashAttribute("flashSuccess", added ? "toolkit.usage.recorded" : "toolkit.usage.updated");
				return "redirect:/doetanks/" + slug + "/werkvormen";
			}
			catch (RuleViolationException ex) {
				errors.rejectValue(ex.messageKey().endsWith("phaseNotReached") ? "phase" : "werkvorm", ex.messageKey());
			}
			catch (DataIntegrityViolationException ex) {
				// Two people recorded the same werkvorm and phase at once: it is there.
				redirect.addFlashAttribute("flashSuccess", "toolkit.usage.recorded");
				return "redirect:/doetanks/" + slug + "/werkvormen";
			}
		}
		return render(this.usages.ofTeam(slug, viewer), model);
	}

	@PostMapping("/doetanks/{slug}/werkvormen/{usageId}/verwijderen")
	String remove(@PathVariable String slug, @PathVariable Long usageId, Viewer viewer, RedirectAttributes redirect) {
		this.usages.remove(slug, usageId, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "toolkit.usage.removed");
		return "redirect:/doetanks/" + slug + "/werkvormen";
	}

	private String render(UsageRecorder.TeamWerkvormen page, Model model) {
		model.addAttribute("doetank", page.doetank());
		model.addAttribute("usages", page.usages());
		model.addAttribute("canRecord", page.mayRecord());
		model.addAttribute("choices", page.choices());
		model.addAttribute("reachedPhases", page.reachedPhases());
		return "toolkit/doetank-werkvormen";
	}

}
