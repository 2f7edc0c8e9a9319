package nl.clubhuis.route.web;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.route.domain.Milestone;
import nl.clubhuis.route.domain.MilestonePreparation;

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
 * The team adds, corrects and removes the milestones of its Doetank; they show in the
 * timeline on the Doetank page.
 */
@Controller
class MilestoneController {

	private final MilestoneService milestones;

	MilestoneController(MilestoneService milestones) {
		this.milestones = milestones;
	}

	@GetMapping("/doetanks/{slug}/mijlpalen/nieuw")
	String newForm(@PathVariable String slug, Viewer viewer, Model model) {
		MilestonePreparation preparation = this.milestones.prepare(slug, viewer.member());
		MilestoneForm form = new MilestoneForm();
		form.setHappenedOn(preparation.today());
		model.addAttribute("form", form);
		return render(preparation, null, model);
	}

	@PostMapping("/doetanks/{slug}/mijlpalen")
	String add(@PathVariable String slug, @Valid @ModelAttribute("form") MilestoneForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		MilestonePreparation preparation = this.milestones.prepare(slug, viewer.member());
		if (hasProblems(preparation, form, null, errors)) {
			return render(preparation, null, model);
		}
		try {
			this.milestones.add(slug, form.toEntry(), viewer.member());
		}
		catch (DataIntegrityViolationException ex) {
			// The same milestone, sent twice at the same moment: the other one saved it.
		}
		redirect.addFlashAttribute("flashSuccess", "milestone.added");
		return "redirect:/doetanks/" + slug + "#verloop";
	}

	@GetMapping("/doetanks/{slug}/mijlpalen/{id}/bewerken")
	String editForm(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		MilestonePreparation preparation = this.milestones.prepare(slug, viewer.member());
		model.addAttribute("form", MilestoneForm.of(this.milestones.find(preparation, id).entry()));
		return render(preparation, id, model);
	}

	@PostMapping("/doetanks/{slug}/mijlpalen/{id}/bewerken")
	String change(@PathVariable String slug, @PathVariable Long id, @Valid @ModelAttribute("form") MilestoneForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		MilestonePreparation preparation = this.milestones.prepare(slug, viewer.member());
		this.milestones.find(preparation, id);
		if (hasProblems(preparation, form, id, errors)) {
			return render(preparation, id, model);
		}
		this.milestones.change(slug, id, form.toEntry(), viewer.member());
		redirect.addFlashAttribute("flashSuccess", "milestone.changed");
		return "redirect:/doetanks/" + slug + "#verloop";
	}

	@GetMapping("/doetanks/{slug}/mijlpalen/{id}/verwijderen")
	String confirmRemoval(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		MilestonePreparation preparation = this.milestones.prepare(slug, viewer.member());
		Milestone milestone = this.milestones.find(preparation, id);
		model.addAttribute("doetank", preparation.doetank());
		model.addAttribute("milestone", milestone);
		return "route/milestone-remove";
	}

	@PostMapping("/doetanks/{slug}/mijlpalen/{id}/verwijderen")
	String remove(@PathVariable String slug, @PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		this.milestones.remove(slug, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "milestone.removed");
		return "redirect:/doetanks/" + slug + "#verloop";
	}

	private boolean hasProblems(MilestonePreparation preparation, MilestoneForm form, Long editedId,
			BindingResult errors) {
		this.milestones.problemsWith(preparation, form.toEntry(), editedId).forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
		return errors.hasErrors();
	}

	private String render(MilestonePreparation preparation, Long editedId, Model model) {
		model.addAttribute("doetank", preparation.doetank());
		model.addAttribute("preparation", preparation);
		model.addAttribute("editedId", editedId);
		return "route/milestone";
	}

}
