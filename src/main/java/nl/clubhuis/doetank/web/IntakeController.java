package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.OpenReviewRequests;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaches take in new vraagstukken: the overview of proposals, and accepting or declining
 * one.
 */
@Controller
class IntakeController {

	private final DoetankCatalog catalog;

	private final DoetankService service;

	private final DoetankPageModel pageModel;

	private final OpenReviewRequests reviewRequests;

	IntakeController(DoetankCatalog catalog, DoetankService service, DoetankPageModel pageModel,
			OpenReviewRequests reviewRequests) {
		this.reviewRequests = reviewRequests;
		this.catalog = catalog;
		this.service = service;
		this.pageModel = pageModel;
	}

	@GetMapping("/coach")
	String overview(PageNumber page, Viewer coach, Model model) {
		model.addAttribute("proposals", page.fetch(this.catalog::proposalsAwaitingIntake));
		model.addAttribute("gateRequests", this.reviewRequests.waitingFor(coach));
		return "coach/overview";
	}

	@PostMapping("/doetanks/{slug}/intake/accepteren")
	String accept(@PathVariable String slug, Viewer coach, RedirectAttributes redirect) {
		this.service.accept(slug, coach.member());
		redirect.addFlashAttribute("flashSuccess", "intake.accepted");
		return "redirect:/doetanks/" + slug;
	}

	@PostMapping("/doetanks/{slug}/intake/afwijzen")
	String decline(@PathVariable String slug, @Valid @ModelAttribute("declineForm") DeclineForm form,
			BindingResult errors, Viewer coach, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return this.pageModel.render(model, this.catalog.show(slug, coach), coach);
		}
		this.service.decline(slug, form.getReason(), coach.member());
		redirect.addFlashAttribute("flashSuccess", "intake.declined");
		return "redirect:/coach";
	}

}
