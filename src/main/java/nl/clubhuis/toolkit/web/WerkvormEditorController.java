package nl.clubhuis.toolkit.web;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Texts;
import nl.clubhuis.shared.uploads.DocumentCheck;
import nl.clubhuis.toolkit.Printable;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.domain.ToolkitAccess;
import nl.clubhuis.toolkit.domain.Werkvorm;
import nl.clubhuis.toolkit.domain.WerkvormCatalog;
import nl.clubhuis.toolkit.domain.WerkvormEditor;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The redactie's forms for werkvormen and their template files. The editor checks who may
 * save; showing a form asks {@link ToolkitAccess} (or the editor) first.
 */
@Controller
class WerkvormEditorController {

	private static final String VIEW = "toolkit/form";

	/** The column's length: a word why, not a text. */
	private static final int RETIRED_NOTE = 500;

	private final WerkvormEditor editor;

	private final WerkvormCatalog catalog;

	private final ToolkitAccess access;

	private final DocumentCheck uploads;

	WerkvormEditorController(WerkvormEditor editor, WerkvormCatalog catalog, ToolkitAccess access,
			DocumentCheck uploads) {
		this.editor = editor;
		this.catalog = catalog;
		this.access = access;
		this.uploads = uploads;
	}

	@GetMapping("/toolkit/nieuw")
	String newWerkvorm(Viewer viewer, Model model) {
		this.access.requireEditor(viewer);
		model.addAttribute("werkvormForm", new WerkvormForm());
		return view(model, null);
	}

	@PostMapping("/toolkit/nieuw")
	String create(@Valid @ModelAttribute("werkvormForm") WerkvormForm form, BindingResult errors, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			this.access.requireEditor(viewer);
			return view(model, null);
		}
		String slug;
		try {
			slug = this.editor.create(form.toContent(), viewer.member());
		}
		catch (RuleViolationException ex) {
			errors.rejectValue("name", ex.messageKey());
			return view(model, null);
		}
		redirect.addFlashAttribute("flashSuccess", "toolkit.saved.created");
		return "redirect:/toolkit/" + slug;
	}

	@GetMapping("/toolkit/{slug}/bewerken")
	String editForm(@PathVariable String slug, Viewer viewer, Model model) {
		Werkvorm werkvorm = this.editor.forEditing(slug, viewer.member());
		model.addAttribute("werkvormForm", WerkvormForm.of(werkvorm));
		return view(model, werkvorm);
	}

	@PostMapping("/toolkit/{slug}/bewerken")
	String change(@PathVariable String slug, @Valid @ModelAttribute("werkvormForm") WerkvormForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return view(model, this.editor.forEditing(slug, viewer.member()));
		}
		try {
			this.editor.change(slug, (form.getVersion() != null) ? form.getVersion() : -1, form.toContent(),
					viewer.member());
		}
		catch (RuleViolationException ex) {
			errors.rejectValue("name", ex.messageKey());
			return view(model, this.editor.forEditing(slug, viewer.member()));
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this viewer.member() typed; a second save deliberately replaces
			// the
			// other version.
			errors.reject("toolkit.conflict");
			Werkvorm current = this.editor.forEditing(slug, viewer.member());
			form.setVersion(current.getVersion());
			return view(model, current);
		}
		redirect.addFlashAttribute("flashSuccess", "toolkit.saved.changed");
		return "redirect:/toolkit/" + slug;
	}

	@PostMapping("/toolkit/{slug}/verwijderen")
	String remove(@PathVariable String slug, @RequestParam(name = "zeker", defaultValue = "false") boolean sure,
			Viewer viewer, RedirectAttributes redirect) {
		if (!sure) {
			this.access.requireEditor(viewer);
			redirect.addFlashAttribute("flashProblem", "toolkit.remove.confirm");
			return "redirect:/toolkit/" + slug + "/bewerken";
		}
		try {
			this.editor.remove(slug, viewer.member());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
			return "redirect:/toolkit/" + slug + "/bewerken";
		}
		redirect.addFlashAttribute("flashSuccess", "toolkit.removed");
		return "redirect:/toolkit";
	}

	@PostMapping("/toolkit/{slug}/bestanden")
	String addTemplate(@PathVariable String slug, @RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		String problem;
		if (title.isBlank() || title.strip().length() > 120) {
			problem = title.isBlank() ? "toolkit.template.noTitle" : "toolkit.template.titleTooLong";
		}
		else {
			try {
				this.editor.addTemplate(slug, title.strip(), (file != null) ? file.getOriginalFilename() : null,
						(file != null) ? file.getBytes() : null, viewer.member());
				redirect.addFlashAttribute("flashSuccess", "toolkit.template.added");
				return "redirect:/toolkit/" + slug + "/bewerken#bestanden";
			}
			catch (RuleViolationException ex) {
				problem = ex.messageKey();
			}
			catch (IOException ex) {
				problem = "upload.refused.noFile";
			}
		}
		Werkvorm werkvorm = this.editor.forEditing(slug, viewer.member());
		model.addAttribute("werkvormForm", WerkvormForm.of(werkvorm));
		model.addAttribute("templateProblem", problem);
		model.addAttribute("templateTitle", title);
		return view(model, werkvorm);
	}

	/** The werkvorm leaves the lists and suggestions; its page says why. */
	@PostMapping("/toolkit/{slug}/niet-meer-aanraden")
	String retire(@PathVariable String slug, @RequestParam(name = "woord", required = false) String word, Viewer viewer,
			RedirectAttributes redirect) {
		String note = Texts.stripToNull(word);
		this.editor.retire(slug, (note != null) ? note.substring(0, Math.min(note.length(), RETIRED_NOTE)) : null,
				viewer.member());
		redirect.addFlashAttribute("flashSuccess", "toolkit.retired");
		return "redirect:/toolkit/" + slug;
	}

	@PostMapping("/toolkit/{slug}/weer-aanraden")
	String recommendAgain(@PathVariable String slug, Viewer viewer, RedirectAttributes redirect) {
		this.editor.recommendAgain(slug, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "toolkit.recommendedAgain");
		return "redirect:/toolkit/" + slug;
	}

	@PostMapping("/toolkit/{slug}/bestanden/{id}/verwijderen")
	String removeTemplate(@PathVariable String slug, @PathVariable Long id, Viewer viewer,
			RedirectAttributes redirect) {
		this.editor.removeTemplate(slug, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "toolkit.template.removed");
		return "redirect:/toolkit/" + slug + "/bewerken#bestanden";
	}

	private String view(Model model, Werkvorm editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("templates", (editing != null) ? this.catalog.templates(editing.getSlug()) : List.of());
		model.addAttribute("phases", Phase.values());
		model.addAttribute("questions", Question.values());
		model.addAttribute("printables", Printable.values());
		model.addAttribute("maxUploadMb", this.uploads.maxMegabytes());
		return VIEW;
	}

}
