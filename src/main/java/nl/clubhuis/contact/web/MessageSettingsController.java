package nl.clubhuis.contact.web;

import nl.clubhuis.contact.domain.Messaging;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /mijn/berichten-instellingen: whether other members may send the member messages.
 * Switched off, the message form to them is a 404 and their profile shows no button.
 */
@Controller
class MessageSettingsController {

	static final String PATH = "/mijn/berichten-instellingen";

	private final Messaging messaging;

	MessageSettingsController(Messaging messaging) {
		this.messaging = messaging;
	}

	@GetMapping(PATH)
	String settings(Viewer viewer, Model model) {
		model.addAttribute("acceptsMessages", this.messaging.acceptsMessages(viewer.member().id()));
		return "contact/settings";
	}

	@PostMapping(PATH)
	String change(@RequestParam(name = "acceptsMessages", defaultValue = "false") boolean accepts, Viewer viewer,
			RedirectAttributes redirect) {
		this.messaging.acceptMessages(viewer.member().id(), accepts);
		redirect.addFlashAttribute("flashSuccess", "contact.settings.saved");
		return "redirect:" + PATH;
	}

}
