package nl.clubhuis.route.web;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.AdopterService;
import nl.clubhuis.route.domain.Adopter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Meld dat jouw organisatie dit overneemt": a member records an organisation that took
 * up a Doetank's result, corrects what they recorded; a trekker removes a wrong one.
 */
@Controller
class AdopterController {

	private final AdopterService adopters;

	AdopterController(AdopterService adopters) {
		this.adopters = adopters;
	}

	@GetMapping("/doetanks/{slug}/overgenomen/nieuw")
	String newForm(@PathVariable String slug, Viewer viewer, Model model) {
		DoetankRef doetank = this.adopters.toRecord(slug, viewer.member());
		model.addAttribute("form", new AdopterForm());
		return render(doetank, null, model);
	}

	@PostMapping("/doetanks/{slug}/overgenomen")
	String record(@PathVariable String slug, @Valid @ModelAttribute("form") AdopterForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		DoetankRef doetank = this.adopters.toRecord(slug, viewer.member());
		if (hasProblems(doetank, form, null, errors)) {
			return render(doetank, null, model);
		}
		try {
			this.adopters.record(slug, form.toEntry(), viewer.member());
		}
		catch (DataIntegrityViolationException ex) {
			// The same organisation, sent twice at the same moment: the other one saved
			// it.
		}
		redirect.addFlashAttribute("flashSuccess", "adopter.recorded");
		return "redirect:/doetanks/" + slug + "#overgenomen";
	}

	@GetMapping("/doetanks/{slug}/overgenomen/{id}/bewerken")
	String editForm(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		Adopter adopter = this.adopters.toChange(slug, id, viewer.member());
		model.addAttribute("form", AdopterForm.of(adopter.entry()));
		return render(doetankOf(slug, viewer), id, model);
	}

	@PostMapping("/doetanks/{slug}/overgenomen/{id}/bewerken")
	String change(@PathVariable String slug, @PathVariable Long id, @Valid @ModelAttribute("form") AdopterForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		this.adopters.toChange(slug, id, viewer.member());
		DoetankRef doetank = doetankOf(slug, viewer);
		if (hasProblems(doetank, form, id, errors)) {
			return render(doetank, id, model);
		}
		this.adopters.change(slug, id, form.toEntry(), viewer.member());
		redirect.addFlashAttribute("flashSuccess", "adopter.changed");
		return "redirect:/doetanks/" + slug + "#overgenomen";
	}

	@GetMapping("/doetanks/{slug}/overgenomen/{id}/verwijderen")
	String confirmRemoval(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("adopter", this.adopters.toRemove(slug, id, viewer.member()));
		model.addAttribute("doetank", doetankOf(slug, viewer));
		return "route/adopter-remove";
	}

	@PostMapping("/doetanks/{slug}/overgenomen/{id}/verwijderen")
	String remove(@PathVariable String slug, @PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		this.adopters.remove(slug, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "adopter.removed");
		return "redirect:/doetanks/" + slug + "#overgenomen";
	}

	private DoetankRef doetankOf(String slug, Viewer viewer) {
		return this.adopters.visible(slug, viewer);
	}

	private boolean hasProblems(DoetankRef doetank, AdopterForm form, Long editedId, BindingResult errors) {
		this.adopters.problemsWith(doetank, form.toEntry(), editedId).forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
		return errors.hasErrors();
	}

	private String render(DoetankRef doetank, Long editedId, Model model) {
		model.addAttribute("doetank", doetank);
		model.addAttribute("editedId", editedId);
		return "route/adopter";
	}

}
