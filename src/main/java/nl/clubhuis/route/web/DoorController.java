package nl.clubhuis.route.web;

import java.util.List;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.DoorService;
import nl.clubhuis.route.DoorState;
import nl.clubhuis.route.domain.DoorPage;
import nl.clubhuis.route.domain.DoorPreparation;
import nl.clubhuis.route.domain.DoorRules;

import org.springframework.dao.DataIntegrityViolationException;
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
 * A team member asks a supporter to open a door; the supporter answers on the request's
 * page; the asker may withdraw it there.
 */
@Controller
class DoorController {

	static final List<DoorState> ANSWERS = List.of(DoorState.GEOPEND, DoorState.NIET_MOGELIJK, DoorState.BEZIG);

	private final DoorService doors;

	DoorController(DoorService doors) {
		this.doors = doors;
	}

	@GetMapping("/doetanks/{slug}/deuren/nieuw")
	String newForm(@PathVariable String slug, Viewer viewer, Model model) {
		DoorPreparation preparation = this.doors.prepare(slug, viewer.member());
		DoorForm form = new DoorForm();
		form.setWantedBy(preparation.today().plusWeeks(4));
		model.addAttribute("form", form);
		return render(preparation, model);
	}

	@PostMapping("/doetanks/{slug}/deuren")
	String ask(@PathVariable String slug, @Valid @ModelAttribute("form") DoorForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		DoorPreparation preparation = this.doors.prepare(slug, viewer.member());
		preparation.problemsWith(form.toEntry()).forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
		if (errors.hasErrors()) {
			return render(preparation, model);
		}
		try {
			this.doors.ask(slug, form.toEntry(), viewer.member());
		}
		catch (DataIntegrityViolationException ex) {
			// The same request, sent twice at the same moment: the other one saved it.
		}
		redirect.addFlashAttribute("flashSuccess", "doors.asked");
		return "redirect:/doetanks/" + slug + "#deuren";
	}

	@GetMapping("/doetanks/{slug}/deuren/{id}")
	String show(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		DoorPage page = this.doors.page(slug, id, viewer);
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new DoorAnswerForm());
		}
		return render(page, model);
	}

	@PostMapping("/doetanks/{slug}/deuren/{id}/antwoord")
	String answer(@PathVariable String slug, @PathVariable Long id,
			@Valid @ModelAttribute("answerForm") DoorAnswerForm form, BindingResult errors, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		DoorPage page = this.doors.page(slug, id, viewer);
		if (!DoorRules.mayAnswer(page.door().supporterId(), viewer)) {
			throw new AccessDeniedException("only the supporter asked answers");
		}
		if (page.door().state().isOpen()) {
			DoorRules.problemsWith(form.toAnswer()).forEach((field, key) -> {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, key);
				}
			});
			if (errors.hasErrors()) {
				return render(page, model);
			}
		}
		boolean answered = this.doors.answer(slug, id, form.toAnswer(), viewer.member());
		redirect.addFlashAttribute("flashSuccess", answered ? "doors.answered" : "doors.alreadyClosed");
		return "redirect:/doetanks/" + slug + "/deuren/" + id;
	}

	@PostMapping("/doetanks/{slug}/deuren/{id}/intrekken")
	String withdraw(@PathVariable String slug, @PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		boolean withdrawn = this.doors.withdraw(slug, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", withdrawn ? "doors.withdrawn" : "doors.alreadyClosed");
		return "redirect:/doetanks/" + slug + "#deuren";
	}

	private String render(DoorPreparation preparation, Model model) {
		model.addAttribute("doetank", preparation.doetank());
		model.addAttribute("preparation", preparation);
		return "route/door-new";
	}

	private String render(DoorPage page, Model model) {
		model.addAttribute("doetank", page.doetank());
		model.addAttribute("page", page);
		model.addAttribute("answers", ANSWERS);
		return "route/door";
	}

}
