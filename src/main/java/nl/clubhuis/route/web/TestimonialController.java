package nl.clubhuis.route.web;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.EvaluationOutcome;
import nl.clubhuis.route.Testimonials;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opdrachtgever of a Doetank writes and updates a testimonial and evaluation of its
 * result; a beheerder may remove one.
 */
@Controller
class TestimonialController {

	private final Testimonials testimonials;

	TestimonialController(Testimonials testimonials) {
		this.testimonials = testimonials;
	}

	@GetMapping("/doetanks/{slug}/opdrachtgever")
	String form(@PathVariable String slug, Viewer viewer, Model model) {
		Testimonials.Own own = this.testimonials.prepare(slug, viewer.member());
		model.addAttribute("form", TestimonialForm.of(own.testimonial().orElse(null)));
		return render(own, model);
	}

	@PostMapping("/doetanks/{slug}/opdrachtgever")
	String write(@PathVariable String slug, @Valid @ModelAttribute("form") TestimonialForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Testimonials.Own own = this.testimonials.prepare(slug, viewer.member());
		if (errors.hasErrors()) {
			return render(own, model);
		}
		try {
			this.testimonials.write(slug, form.toEntry(), form.getVersion(), viewer.member());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Saved in another tab meanwhile: keep what was typed, say so, and let a
			// second
			// save deliberately replace the other version.
			Testimonials.Own now = this.testimonials.prepare(slug, viewer.member());
			form.setVersion(now.testimonial().map((t) -> t.getVersion()).orElse(null));
			errors.reject("opdrachtgever.testimonial.conflict");
			return render(now, model);
		}
		redirect.addFlashAttribute("flashSuccess", "opdrachtgever.testimonial.saved");
		return "redirect:/doetanks/" + slug + "#opdrachtgever";
	}

	@PostMapping("/doetanks/{slug}/opdrachtgever/{id}/verwijderen")
	String remove(@PathVariable String slug, @PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		this.testimonials.remove(slug, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "opdrachtgever.testimonial.removed");
		return "redirect:/doetanks/" + slug + "#opdrachtgever";
	}

	private static String render(Testimonials.Own own, Model model) {
		model.addAttribute("doetank", own.doetank());
		model.addAttribute("isNew", own.testimonial().isEmpty());
		model.addAttribute("outcomes", EvaluationOutcome.values());
		return "route/testimonial";
	}

}
