package nl.clubhuis.notifications.web;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.domain.Delivery;
import nl.clubhuis.notifications.domain.DigestPeriod;
import nl.clubhuis.notifications.domain.MailPreferences;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /mijn/meldingen/instellingen: per kind of notification, a mail at once, in the digest
 * or none; and whether the digest comes daily, weekly or never.
 */
@Controller
class MailPreferencesController {

	private final MailPreferences preferences;

	MailPreferencesController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/mijn/meldingen/instellingen")
	String show(Viewer viewer, Model model) {
		return page(MailPreferencesForm.of(this.preferences.of(viewer.member().id())), model);
	}

	@PostMapping("/mijn/meldingen/instellingen")
	String save(Viewer viewer, @ModelAttribute("form") MailPreferencesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		form.check(errors);
		if (errors.hasErrors()) {
			return page(form, model);
		}
		this.preferences.save(viewer.member().id(), form.getChoices(), form.getPeriod());
		redirect.addFlashAttribute("flashSuccess", "notifications.settings.saved");
		return "redirect:/mijn/meldingen/instellingen";
	}

	private String page(MailPreferencesForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("periods", DigestPeriod.values());
		return "notifications/settings";
	}

}
