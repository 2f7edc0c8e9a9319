package nl.clubhuis.toolkit;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** The redactie's forms for werkvormen and their template files. */
@Controller
class WerkvormEditorController {

	private static final String VIEW = "toolkit/form";

	private final WerkvormService service;

	private final ToolkitCatalog catalog;

	private final ToolkitAccess access;

	private final TemplateUploads uploads;

	WerkvormEditorController(WerkvormService service, ToolkitCatalog catalog, ToolkitAccess access,
			TemplateUploads uploads) {
		this.service = service;
		this.catalog = catalog;
		this.access = access;
		this.uploads = uploads;
	}

	@GetMapping("/toolkit/nieuw")
	String newWerkvorm(@AuthenticationPrincipal MemberPrincipal redacteur, Model model) {
		requireEditor(redacteur);
		model.addAttribute("werkvormForm", new WerkvormForm());
		return view(model, null);
	}

	@PostMapping("/toolkit/nieuw")
	String create(@Valid @ModelAttribute("werkvormForm") WerkvormForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal redacteur, Model model, RedirectAttributes redirect) {
		requireEditor(redacteur);
		if (errors.hasErrors()) {
			return view(model, null);
		}
		String slug;
		try {
			slug = this.service.create(form.toContent(), redacteur);
		}
		catch (RuleViolationException ex) {
			errors.rejectValue("name", ex.messageKey());
			return view(model, null);
		}
		redirect.addFlashAttribute("flashSuccess", "toolkit.saved.created");
		return "redirect:/toolkit/" + slug;
	}

	@GetMapping("/toolkit/{slug}/bewerken")
	String editForm(@PathVariable String slug, @AuthenticationPrincipal MemberPrincipal redacteur, Model model) {
		model.addAttribute("werkvormForm", this.service.formFor(slug, redacteur));
		return view(model, this.catalog.show(slug));
	}

	@PostMapping("/toolkit/{slug}/bewerken")
	String change(@PathVariable String slug, @Valid @ModelAttribute("werkvormForm") WerkvormForm form,
			BindingResult errors, @AuthenticationPrincipal MemberPrincipal redacteur, Model model,
			RedirectAttributes redirect) {
		requireEditor(redacteur);
		Werkvorm werkvorm = this.catalog.show(slug);
		if (errors.hasErrors()) {
			return view(model, werkvorm);
		}
		try {
			this.service.change(slug, (form.getVersion() != null) ? form.getVersion() : -1, form.toContent(),
					redacteur);
		}
		catch (RuleViolationException ex) {
			errors.rejectValue("name", ex.messageKey());
			return view(model, werkvorm);
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this redacteur typed; a second save deliberately replaces the
			// other version.
			errors.reject("toolkit.conflict");
			form.setVersion(this.catalog.show(slug).getVersion());
			return view(model, werkvorm);
		}
		redirect.addFlashAttribute("flashSuccess", "toolkit.saved.changed");
		return "redirect:/toolkit/" + slug;
	}

	@PostMapping("/toolkit/{slug}/verwijderen")
	String remove(@PathVariable String slug, @RequestParam(name = "zeker", defaultValue = "false") boolean sure,
			@AuthenticationPrincipal MemberPrincipal redacteur, RedirectAttributes redirect) {
		requireEditor(redacteur);
		if (!sure) {
			redirect.addFlashAttribute("flashProblem", "toolkit.remove.confirm");
			return "redirect:/toolkit/" + slug + "/bewerken";
		}
		try {
			this.service.remove(slug, redacteur);
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
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal MemberPrincipal redacteur, Model model, RedirectAttributes redirect) {
		requireEditor(redacteur);
		String problem = null;
		if (title.isBlank() || title.strip().length() > 120) {
			problem = title.isBlank() ? "toolkit.template.noTitle" : "toolkit.template.titleTooLong";
		}
		else {
			try {
				this.service.addTemplate(slug, title.strip(), (file != null) ? file.getOriginalFilename() : null,
						(file != null) ? file.getBytes() : null, redacteur);
				redirect.addFlashAttribute("flashSuccess", "toolkit.template.added");
				return "redirect:/toolkit/" + slug + "/bewerken#bestanden";
			}
			catch (RuleViolationException ex) {
				problem = ex.messageKey();
			}
			catch (java.io.IOException ex) {
				problem = "toolkit.template.noFile";
			}
		}
		Werkvorm werkvorm = this.catalog.show(slug);
		model.addAttribute("werkvormForm", this.service.formFor(slug, redacteur));
		model.addAttribute("templateProblem", problem);
		model.addAttribute("templateTitle", title);
		return view(model, werkvorm);
	}

	@PostMapping("/toolkit/{slug}/bestanden/{id}/verwijderen")
	String removeTemplate(@PathVariable String slug, @PathVariable Long id,
			@AuthenticationPrincipal MemberPrincipal redacteur, RedirectAttributes redirect) {
		this.service.removeTemplate(slug, id, redacteur);
		redirect.addFlashAttribute("flashSuccess", "toolkit.template.removed");
		return "redirect:/toolkit/" + slug + "/bewerken#bestanden";
	}

	private String view(Model model, Werkvorm editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("templates", (editing != null) ? this.catalog.templates(editing) : java.util.List.of());
		model.addAttribute("phases", Phase.values());
		model.addAttribute("questions", Question.values());
		model.addAttribute("printables", Printable.values());
		model.addAttribute("maxUploadMb", this.uploads.maxMegabytes());
		return VIEW;
	}

	private void requireEditor(MemberPrincipal viewer) {
		if (!this.access.canEdit(viewer)) {
			throw new AccessDeniedException("only the redactie keeps the toolkit");
		}
	}

}
