package nl.clubhuis.moderation.web;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.Moderation;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.moderation.ReportedItem;
import nl.clubhuis.shared.RateLimitExceededException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member reports another member's text with a reason: a small page with the text and
 * the form (the "Melden" link next to the text leads here), back to the text when sent.
 */
@Controller
class ReportingController {

	private final Moderation moderation;

	ReportingController(Moderation moderation) {
		this.moderation = moderation;
	}

	@GetMapping("/melden")
	String form(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id, Viewer viewer, Model model) {
		model.addAttribute("reportForm", new ReportForm());
		return page(kind, id, this.moderation.reportable(kind, id, viewer.member()), model);
	}

	@PostMapping("/melden")
	String report(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(kind, id, this.moderation.reportable(kind, id, viewer.member()), model);
		}
		ReportedItem item;
		try {
			item = this.moderation.report(kind, id, form.getReason(), viewer.member());
		}
		catch (RateLimitExceededException ex) {
			errors.reject(ex.messageKey());
			return page(kind, id, this.moderation.reportable(kind, id, viewer.member()), model);
		}
		redirect.addFlashAttribute("flashSuccess", "report.thanks");
		return "redirect:" + item.path();
	}

	private static String page(ReportKind kind, long id, ReportedItem item, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAttribute("item", item);
		return "moderation/report";
	}

}
