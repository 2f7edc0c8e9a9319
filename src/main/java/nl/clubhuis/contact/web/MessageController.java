package nl.clubhuis.contact.web;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.clubhuis.contact.domain.AddressNeededException;
import nl.clubhuis.contact.domain.Addressee;
import nl.clubhuis.contact.domain.DailyLimitReachedException;
import nl.clubhuis.contact.domain.Letter;
import nl.clubhuis.contact.domain.Messaging;
import nl.clubhuis.member.Viewer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message form to a member (/leden/{slug}/bericht) and to the trekkers of a Doetank
 * (/doetanks/{slug}/bericht), and the page that says it went: without the recipient's
 * address. Who may not write there gets a 404 (see {@link Messaging}).
 */
@Controller
class MessageController {

	private final Messaging messaging;

	MessageController(Messaging messaging) {
		this.messaging = messaging;
	}

	@GetMapping("/leden/{slug}/bericht")
	String memberForm(@PathVariable String slug, Viewer viewer, Model model) {
		model.addAttribute("messageForm", MessageForm.fresh());
		return page(this.messaging.toMember(slug, viewer), model);
	}

	@PostMapping("/leden/{slug}/bericht")
	String sendToMember(@PathVariable String slug, @Valid @ModelAttribute("messageForm") MessageForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Addressee to = this.messaging.toMember(slug, viewer);
		return send(to, form, errors, model, redirect, response,
				(letter) -> this.messaging.sendToMember(slug, letter, viewer));
	}

	@GetMapping("/doetanks/{slug}/bericht")
	String doetankForm(@PathVariable String slug, Viewer viewer, Model model) {
		model.addAttribute("messageForm", MessageForm.fresh());
		return page(this.messaging.toDoetank(slug, viewer), model);
	}

	@PostMapping("/doetanks/{slug}/bericht")
	String sendToDoetank(@PathVariable String slug, @Valid @ModelAttribute("messageForm") MessageForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Addressee to = this.messaging.toDoetank(slug, viewer);
		return send(to, form, errors, model, redirect, response,
				(letter) -> this.messaging.sendToDoetank(slug, letter, viewer));
	}

	@GetMapping("/berichten/verstuurd")
	String sent() {
		return "contact/sent";
	}

	/**
	 * Sends, or shows the form again with why not; over the daily limit with status 429.
	 * That limit is the contact module's own exact count of sent messages in PostgreSQL
	 * (shared by every instance), not a {@link nl.clubhuis.shared.RateLimit}.
	 */
	private String send(Addressee to, MessageForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Predicate<Letter> sending) {
		if (!errors.hasErrors()) {
			try {
				// A form sent before (false) went already: the same page, nothing again.
				sending.test(form.letter());
				redirect.addFlashAttribute("sentTo", to.name());
				redirect.addFlashAttribute("back", to.page());
				return "redirect:/berichten/verstuurd";
			}
			catch (DailyLimitReachedException ex) {
				errors.reject("contact.limit", new Object[] { ex.getLimit() }, null);
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			catch (AddressNeededException ex) {
				errors.rejectValue("shareAddress", "contact.addressNeeded");
			}
		}
		return page(to, model);
	}

	private static String page(Addressee to, Model model) {
		model.addAttribute("to", to);
		return "contact/form";
	}

}
