package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.DoetankService;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaches take in new vraagstukken: accepting or declining one (the proposals are listed
 * on /coach, {@link IntakeSection}).
 */
@Controller
class IntakeController {

	private final DoetankCatalog catalog;

	private final DoetankService service;

	private final DoetankPageModel pageModel;

	IntakeController(DoetankCatalog catalog, DoetankService service, DoetankPageModel pageModel) {
		this.catalog = catalog;
		this.service = service;
		this.pageModel = pageModel;
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
