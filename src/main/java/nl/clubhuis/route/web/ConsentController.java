package nl.clubhuis.route.web;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.EindgebruikerConsents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team records an eindgebruiker's consent to an experiment. */
@Controller
class ConsentController {

	private final EindgebruikerConsents consents;

	ConsentController(EindgebruikerConsents consents) {
		this.consents = consents;
	}

	@GetMapping("/doetanks/{slug}/toestemming")
	String form(@PathVariable String slug, Viewer viewer, Model model) {
		EindgebruikerConsents.Preparation preparation = this.consents.prepare(slug, viewer.member());
		ConsentForm form = new ConsentForm();
		form.setGivenOn(preparation.today());
		if (preparation.choices().size() == 1) {
			form.setWho(preparation.choices().get(0).key());
		}
		model.addAttribute("form", form);
		return render(preparation, model);
	}

	@PostMapping("/doetanks/{slug}/toestemming")
	String record(@PathVariable String slug, @Valid @ModelAttribute("form") ConsentForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		EindgebruikerConsents.Preparation preparation = this.consents.prepare(slug, viewer.member());
		preparation.problemsWith(form.toEntry()).forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
		if (errors.hasErrors()) {
			return render(preparation, model);
		}
		try {
			this.consents.record(slug, form.toEntry(), viewer.member());
		}
		catch (DataIntegrityViolationException ex) {
			// The same consent, sent twice at the same moment: the other one saved it.
		}
		redirect.addFlashAttribute("flashSuccess", "opdrachtgever.consent.saved");
		return "redirect:/doetanks/" + slug + "#toestemming";
	}

	private static String render(EindgebruikerConsents.Preparation preparation, Model model) {
		model.addAttribute("doetank", preparation.doetank());
		model.addAttribute("preparation", preparation);
		return "route/consent";
	}

}
