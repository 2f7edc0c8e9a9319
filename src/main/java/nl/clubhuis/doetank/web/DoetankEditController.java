package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankEditService;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.doetank.TypologyCode;
import nl.clubhuis.doetank.Urgency;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.domain.DoetankCatalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * /doetanks/{slug}/bewerken: the trekker and the coaches keep the page current. A save on
 * an older version than the current one shows the form again, with what the person typed
 * and a conflict notice, instead of overwriting someone else's save; the same form sent
 * twice (a double click) is saved once, without a conflict.
 */
@Controller
class DoetankEditController {

	private final DoetankCatalog catalog;

	private final DoetankAccess access;

	private final DoetankEditService service;

	private final ExpertiseVocabulary vocabulary;

	DoetankEditController(DoetankCatalog catalog, DoetankAccess access, DoetankEditService service,
			ExpertiseVocabulary vocabulary) {
		this.catalog = catalog;
		this.access = access;
		this.service = service;
		this.vocabulary = vocabulary;
	}

	@GetMapping("/doetanks/{slug}/bewerken")
	String form(@PathVariable String slug, Viewer viewer, Model model) {
		Doetank doetank = editable(slug, viewer);
		model.addAttribute("form", DoetankEditForm.of(doetank));
		return show(model, doetank, viewer);
	}

	@PostMapping("/doetanks/{slug}/bewerken")
	String save(@PathVariable String slug, @Valid @ModelAttribute("form") DoetankEditForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Doetank doetank = editable(slug, viewer);
		form.validate(errors);
		if (errors.hasErrors()) {
			return show(model, doetank, viewer);
		}
		try {
			boolean changed = this.service.edit(slug, form.toEdit(), form.toAnswers(), viewer.member());
			redirect.addFlashAttribute("flashSuccess", changed ? "doetank.edit.saved" : "doetank.edit.unchanged");
			return "redirect:/doetanks/" + slug;
		}
		catch (OptimisticLockingFailureException ex) {
			if (this.service.isAsSaved(slug, form.toEdit(), form.toAnswers(), viewer.member())) {
				// The same form sent twice: the first one saved it.
				redirect.addFlashAttribute("flashSuccess", "doetank.edit.saved");
				return "redirect:/doetanks/" + slug;
			}
			// Someone else saved first: keep what this person typed, on top of the
			// version that is there now, so saving again is a choice made knowingly.
			Doetank current = this.catalog.show(slug, viewer);
			form.setVersion(current.getVersion());
			model.addAttribute("problem", "doetank.edit.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(model, current, viewer);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", ex.messageKey());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(model, doetank, viewer);
		}
	}

	private Doetank editable(String slug, Viewer viewer) {
		Doetank doetank = this.catalog.show(slug, viewer);
		if (!this.access.canEdit(doetank, viewer)) {
			throw new AccessDeniedException("only a trekker or coach of this Doetank edits it");
		}
		return doetank;
	}

	private String show(Model model, Doetank doetank, Viewer viewer) {
		model.addAttribute("doetank", doetank.ref());
		model.addAttribute("classify", this.access.canClassify(doetank, viewer));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("lookingForOptions", LookingFor.values());
		model.addAttribute("origins", nl.clubhuis.doetank.IntakeOrigin.values());
		model.addAttribute("typologyCodes", TypologyCode.values());
		model.addAttribute("urgencies", Urgency.values());
		List<Expertise> terms = new ArrayList<>(this.vocabulary.offered());
		List<Long> offered = terms.stream().map(Expertise::id).toList();
		// A term retired since the team chose it stays visible (and chosen) here.
		this.vocabulary.sorted(doetank.getExpertiseIds().stream().filter((id) -> !offered.contains(id)).toList())
			.forEach(terms::add);
		model.addAttribute("expertiseOptions", terms);
		return "doetank/edit";
	}

}
