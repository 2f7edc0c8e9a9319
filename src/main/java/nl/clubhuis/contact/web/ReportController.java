package nl.clubhuis.contact.web;

import nl.clubhuis.contact.domain.ContactMessage;
import nl.clubhuis.contact.domain.Messaging;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Meld dit bericht" link in a message's mail: a page that asks to confirm, and the
 * report itself (twice changes nothing). The token is the proof, so no login is needed;
 * an unknown or expired link is a 404.
 */
@Controller
class ReportController {

	private final Messaging messaging;

	ReportController(Messaging messaging) {
		this.messaging = messaging;
	}

	@GetMapping("/berichten/melden")
	String confirm(@RequestParam(name = "code", required = false) String code, Model model) {
		ContactMessage message = this.messaging.byReportToken(code)
			.orElseThrow(() -> new NotFoundException("report link"));
		model.addAttribute("code", code);
		model.addAttribute("subject", message.getSubject());
		model.addAttribute("sentAt", AmsterdamTime.of(message.getSentAt()));
		model.addAttribute("alreadyReported", message.getReportedAt() != null);
		return "contact/report";
	}

	@PostMapping("/berichten/melden")
	String report(@RequestParam(name = "code", required = false) String code) {
		if (!this.messaging.report(code)) {
			throw new NotFoundException("report link");
		}
		return "redirect:/berichten/gemeld";
	}

	@GetMapping("/berichten/gemeld")
	String reported() {
		return "contact/reported";
	}

}
