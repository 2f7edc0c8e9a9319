package nl.clubhuis.notifications.web;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.notifications.domain.MyNotifications;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /mijn/meldingen: what the member should hear about, newest first, paginated. Opening
 * one marks it read and goes to its page; "alles gelezen" marks all of them.
 */
@Controller
class NotificationsController {

	private final MyNotifications notifications;

	NotificationsController(MyNotifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/mijn/meldingen")
	String list(Viewer viewer, PageNumber page, Model model) {
		long member = viewer.member().id();
		model.addAttribute("notifications", page.fetch((index) -> this.notifications.page(member, index)));
		model.addAttribute("baseUrl", "/mijn/meldingen");
		return "notifications/list";
	}

	/** A POST, so a link preview or a prefetch never marks anything read. */
	@PostMapping("/mijn/meldingen/{id}")
	String open(@PathVariable long id, Viewer viewer) {
		String link = this.notifications.open(viewer.member().id(), id)
			.orElseThrow(() -> new NotFoundException("notification " + id));
		return "redirect:" + link;
	}

	@PostMapping("/mijn/meldingen/gelezen")
	String markAllRead(Viewer viewer, RedirectAttributes redirect) {
		this.notifications.markAllRead(viewer.member().id());
		redirect.addFlashAttribute("flashSuccess", "notifications.allRead");
		return "redirect:/mijn/meldingen";
	}

}
