package nl.clubhuis.beheer.web;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.MailHealth;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /beheer/mail: whether mail reaches the mail server (when one last left, when one last
 * failed and why), and a test mail to the beheerder's own address.
 */
@Controller
class MailController {

	private final MailHealth mailHealth;

	MailController(MailHealth mailHealth) {
		this.mailHealth = mailHealth;
	}

	@GetMapping("/beheer/mail")
	String page(@AuthenticationPrincipal MemberPrincipal beheerder, Model model) {
		model.addAttribute("mail", this.mailHealth.status());
		model.addAttribute("ownAddress", beheerder.getUsername());
		return "beheer/mail";
	}

	@PostMapping("/beheer/mail/test")
	String test(@AuthenticationPrincipal MemberPrincipal beheerder, Locale locale, RedirectAttributes redirect) {
		boolean sent = this.mailHealth.sendTestMail(beheerder.getUsername(), locale);
		String problem = this.mailHealth.isConfigured() ? "beheer.mail.test.tooSoon" : "beheer.mail.test.noServer";
		redirect.addFlashAttribute(sent ? "flashSuccess" : "flashProblem", sent ? "beheer.mail.test.sent" : problem);
		return "redirect:/beheer/mail";
	}

}
