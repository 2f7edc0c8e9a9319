package nl.clubhuis.partners.web;

import java.util.Locale;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.partners.domain.AboutPage;
import nl.clubhuis.partners.domain.AboutService;
import nl.clubhuis.partners.domain.PartnerAccess;
import nl.clubhuis.partners.domain.PartnerService;
import nl.clubhuis.shared.Markdown;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /over: the network's history, figures and partners; the redactie edits the text. */
@Controller
class AboutController {

	private final AboutService about;

	private final PartnerService partners;

	private final PartnerAccess access;

	AboutController(AboutService about, PartnerService partners, PartnerAccess access) {
		this.about = about;
		this.partners = partners;
		this.access = access;
	}

	@GetMapping("/over")
	String show(Viewer viewer, Locale locale, Model model) {
		AboutPage page = this.about.page();
		model.addAttribute("bodyHtml", Markdown.toHtml(page.body(locale)));
		model.addAttribute("bodyLanguage", page.bodyLanguage(locale));
		model.addAttribute("partners", this.partners.byKind());
		model.addAttribute("canEdit", this.access.canEdit(viewer));
		model.addAttribute("navSection", "over");
		return "partners/about";
	}

	@GetMapping("/over/bewerken")
	String editForm(Viewer viewer, Model model) {
		model.addAttribute("aboutForm", AboutForm.of(this.about.forEditing(viewer.member())));
		return "partners/about-form";
	}

	@PostMapping("/over/bewerken")
	String change(@Valid @ModelAttribute("aboutForm") AboutForm form, BindingResult errors, Viewer viewer,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			this.about.forEditing(viewer.member());
			return "partners/about-form";
		}
		try {
			this.about.change(form.getVersion(), form.getBodyNl(), form.getBodyEn(), viewer.member());
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("about.conflict");
			form.setVersion(this.about.forEditing(viewer.member()).getVersion());
			return "partners/about-form";
		}
		redirect.addFlashAttribute("flashSuccess", "about.saved");
		return "redirect:/over";
	}

}
