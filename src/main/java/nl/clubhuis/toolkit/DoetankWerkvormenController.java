package nl.clubhuis.toolkit;

import java.util.List;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankAccess;
import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
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

/** /doetanks/{slug}/werkvormen: the werkvormen a team used, and recording one. */
@Controller
class DoetankWerkvormenController {

	private final WerkvormUsages usages;

	private final DoetankCatalog doetanks;

	private final DoetankAccess access;

	DoetankWerkvormenController(WerkvormUsages usages, DoetankCatalog doetanks, DoetankAccess access) {
		this.usages = usages;
		this.doetanks = doetanks;
		this.access = access;
	}

	@GetMapping("/doetanks/{slug}/werkvormen")
	String show(@PathVariable String slug, @RequestParam(name = "werkvorm", required = false) String werkvorm,
			@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		Doetank doetank = this.doetanks.show(slug, viewer);
		UsageForm form = new UsageForm();
		form.setWerkvorm(werkvorm);
		form.setPhase(doetank.getPhase());
		model.addAttribute("usageForm", form);
		return render(doetank, viewer, model);
	}

	@PostMapping("/doetanks/{slug}/werkvormen")
	String record(@PathVariable String slug, @Valid @ModelAttribute("usageForm") UsageForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal member, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				boolean added = this.usages.record(slug, form.getWerkvorm(), form.getPhase(), form.noteOrNull(),
						member);
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
		return render(this.doetanks.show(slug, member), member, model);
	}

	@PostMapping("/doetanks/{slug}/werkvormen/{usageId}/verwijderen")
	String remove(@PathVariable String slug, @PathVariable Long usageId,
			@AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect) {
		this.usages.remove(slug, usageId, member);
		redirect.addFlashAttribute("flashSuccess", "toolkit.usage.removed");
		return "redirect:/doetanks/" + slug + "/werkvormen";
	}

	private String render(Doetank doetank, MemberPrincipal viewer, Model model) {
		boolean canRecord = this.access.canRecordWerkvormen(doetank, viewer);
		model.addAttribute("doetank", doetank);
		model.addAttribute("usages", this.usages.of(doetank));
		model.addAttribute("canRecord", canRecord);
		model.addAttribute("choices", canRecord ? this.usages.choices() : List.of());
		model.addAttribute("reachedPhases", (doetank.getPhase() != null) ? doetank.getPhase().andBefore() : List.of());
		return "toolkit/doetank-werkvormen";
	}

}
