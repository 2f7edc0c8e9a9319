package nl.clubhuis.beheer.web;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.expertise.ExpertiseVocabulary.NameClash;
import nl.clubhuis.member.Viewer;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /redactie/expertise: the redactie adds, renames, retires and restores the terms members
 * and Doetanks choose their expertise from. Only for the redactie (and beheerders); a
 * retired term stays on whoever chose it.
 */
@Controller
class ExpertiseController {

	private static final String LIST = "redirect:/redactie/expertise";

	private final ExpertiseVocabulary vocabulary;

	ExpertiseController(ExpertiseVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping("/redactie/expertise")
	String list(Viewer viewer, Model model) {
		return showList(viewer, new ExpertiseForm(), model);
	}

	@PostMapping("/redactie/expertise")
	String add(Viewer viewer, @Valid @ModelAttribute("form") ExpertiseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		mustBeRedactie(viewer);
		rejectTakenNames(null, form, errors);
		if (errors.hasErrors()) {
			return showList(viewer, form, model);
		}
		this.vocabulary.add(form.getNameNl(), form.getNameEn());
		redirect.addFlashAttribute("flashSuccess", "expertise.added");
		return LIST;
	}

	@GetMapping("/redactie/expertise/{id}")
	String edit(@PathVariable Long id, Viewer viewer, Model model) {
		mustBeRedactie(viewer);
		Expertise term = this.vocabulary.find(id);
		ExpertiseForm form = new ExpertiseForm();
		form.setNameNl(term.nameNl());
		form.setNameEn(term.nameEn());
		return showEdit(term, form, model);
	}

	@PostMapping("/redactie/expertise/{id}")
	String rename(@PathVariable Long id, Viewer viewer, @Valid @ModelAttribute("form") ExpertiseForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		mustBeRedactie(viewer);
		Expertise term = this.vocabulary.find(id);
		rejectTakenNames(id, form, errors);
		if (errors.hasErrors()) {
			return showEdit(term, form, model);
		}
		this.vocabulary.rename(id, form.getNameNl(), form.getNameEn());
		redirect.addFlashAttribute("flashSuccess", "expertise.renamed");
		return LIST;
	}

	@PostMapping("/redactie/expertise/{id}/intrekken")
	String retire(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		mustBeRedactie(viewer);
		this.vocabulary.retire(id, true);
		redirect.addFlashAttribute("flashSuccess", "expertise.retired");
		return LIST;
	}

	@PostMapping("/redactie/expertise/{id}/terugzetten")
	String restore(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		mustBeRedactie(viewer);
		this.vocabulary.retire(id, false);
		redirect.addFlashAttribute("flashSuccess", "expertise.restored");
		return LIST;
	}

	private void rejectTakenNames(Long id, ExpertiseForm form, BindingResult errors) {
		NameClash clash = this.vocabulary.clash(id, form.getNameNl(), form.getNameEn());
		if (clash.dutch() && !errors.hasFieldErrors("nameNl")) {
			errors.rejectValue("nameNl", "expertise.name.taken");
		}
		if (clash.english() && !errors.hasFieldErrors("nameEn")) {
			errors.rejectValue("nameEn", "expertise.name.taken");
		}
	}

	private String showList(Viewer viewer, ExpertiseForm form, Model model) {
		mustBeRedactie(viewer);
		model.addAttribute("terms", this.vocabulary.all());
		model.addAttribute("form", form);
		return "beheer/expertise";
	}

	private static String showEdit(Expertise term, ExpertiseForm form, Model model) {
		model.addAttribute("term", term);
		model.addAttribute("form", form);
		return "beheer/expertise-edit";
	}

	/** The vocabulary is the redactie's; everyone else gets a 403. */
	private static void mustBeRedactie(Viewer viewer) {
		if (!viewer.isRedactie()) {
			throw new AccessDeniedException("only the redactie keeps the expertise vocabulary");
		}
	}

}
