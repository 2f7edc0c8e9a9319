package nl.clubhuis.route.web;

import nl.clubhuis.doetank.DoetankPage;
import nl.clubhuis.doetank.DoetankRef;

import nl.clubhuis.route.RouteRecords;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The adoption agreement and the business case of a Doetank. */
@Controller
class RouteRecordsController {

	private final RouteRecords records;

	private final DoetankPage doetankPage;

	RouteRecordsController(RouteRecords records, DoetankPage doetankPage) {
		this.records = records;
		this.doetankPage = doetankPage;
	}

	@GetMapping("/doetanks/{slug}/adoptie")
	String agreementForm(@PathVariable String slug, Viewer viewer, Model model) {
		DoetankRef doetank = this.records.forAdoptionAgreement(slug, viewer.member());
		model.addAttribute("doetank", doetank);
		model.addAttribute("form", AdoptionAgreementForm.of(this.records.agreement(doetank.id()).orElse(null)));
		return "route/adoption";
	}

	@PostMapping("/doetanks/{slug}/adoptie")
	String recordAgreement(@PathVariable String slug, @Valid @ModelAttribute("form") AdoptionAgreementForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("doetank", this.records.forAdoptionAgreement(slug, viewer.member()));
			return "route/adoption";
		}
		this.records.recordAdoptionAgreement(slug, form.toTerms(), viewer.member());
		redirect.addFlashAttribute("flashSuccess", "adoption.saved");
		return "redirect:/doetanks/" + slug + "#adoptie";
	}

	@PostMapping("/doetanks/{slug}/businesscase")
	String addLine(@PathVariable String slug, @Valid @ModelAttribute("businessCaseForm") BusinessCaseForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return this.doetankPage.render(model, slug, viewer);
		}
		try {
			this.records.addBusinessCaseLine(slug, form.toEntry(), viewer.member());
			redirect.addFlashAttribute("flashSuccess", "businessCase.added");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/doetanks/" + slug + "#businesscase";
	}

	@PostMapping("/doetanks/{slug}/businesscase/{lineId}/verwijderen")
	String removeLine(@PathVariable String slug, @PathVariable Long lineId, Viewer viewer,
			RedirectAttributes redirect) {
		try {
			this.records.removeBusinessCaseLine(slug, lineId, viewer.member());
			redirect.addFlashAttribute("flashSuccess", "businessCase.removed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/doetanks/" + slug + "#businesscase";
	}

}
