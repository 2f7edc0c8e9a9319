package nl.clubhuis.notifications.web;

import nl.clubhuis.notifications.domain.Unsubscribes;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /afmelden?t=...: the unsubscribe link of a notification mail or digest. Opening it (or
 * a link preview) only shows a button; the POST, from that button or straight from the
 * mail client (RFC 8058, without login or CSRF token), turns off what the signed token
 * names. A token that is not genuine changes nothing and shows the 404 page.
 */
@Controller
class UnsubscribeController {

	private final Unsubscribes unsubscribes;

	UnsubscribeController(Unsubscribes unsubscribes) {
		this.unsubscribes = unsubscribes;
	}

	@GetMapping(Unsubscribes.PATH)
	String ask(@RequestParam(name = "t", required = false) String token, Model model) {
		model.addAttribute("what", this.unsubscribes.describe(token).orElseThrow(this::notGenuine));
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	@PostMapping(Unsubscribes.PATH)
	String unsubscribe(@RequestParam(name = "t", required = false) String token, Model model) {
		model.addAttribute("what", this.unsubscribes.unsubscribe(token).orElseThrow(this::notGenuine));
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

	private NotFoundException notGenuine() {
		return new NotFoundException("unsubscribe link");
	}

}
