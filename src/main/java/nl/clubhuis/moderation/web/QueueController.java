package nl.clubhuis.moderation.web;

import java.util.HashSet;
import java.util.Set;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.Moderation;
import nl.clubhuis.moderation.Moderation.QueueItem;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.shared.PageNumber;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue at /redactie/meldingen: each reported item once, how often, who
 * reported it and why; hide (with a word to the author), restore or dismiss.
 */
@Controller
class QueueController {

	private static final String QUEUE = "redirect:/redactie/meldingen";

	private final Moderation moderation;

	private final MemberDirectory members;

	QueueController(Moderation moderation, MemberDirectory members) {
		this.moderation = moderation;
		this.members = members;
	}

	@GetMapping("/redactie/meldingen")
	String queue(PageNumber page, Viewer viewer, Model model) {
		Page<QueueItem> items = page.fetch((number) -> this.moderation.queue(viewer.member(), number));
		Set<Long> people = new HashSet<>();
		items.forEach((i) -> {
			if (i.item() != null && i.item().authorId() != null) {
				people.add(i.item().authorId());
			}
			i.reports().forEach((r) -> {
				if (r.reporterId() != null) {
					people.add(r.reporterId());
				}
			});
		});
		model.addAttribute("items", items);
		model.addAttribute("people", this.members.byIds(people));
		return "moderation/queue";
	}

	@PostMapping("/redactie/meldingen/verbergen")
	String hide(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id,
			@RequestParam(name = "woord", required = false) String word, Viewer viewer, RedirectAttributes redirect) {
		String trimmed = (word == null) ? "" : word.strip();
		this.moderation.hide(kind, id, trimmed.substring(0, Math.min(trimmed.length(), 1000)), viewer.member());
		redirect.addFlashAttribute("flashSuccess", "moderation.queue.hidden");
		return QUEUE;
	}

	@PostMapping("/redactie/meldingen/herstellen")
	String restore(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id, Viewer viewer,
			RedirectAttributes redirect) {
		this.moderation.restore(kind, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "moderation.queue.restored");
		return QUEUE;
	}

	@PostMapping("/redactie/meldingen/afwijzen")
	String dismiss(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id, Viewer viewer,
			RedirectAttributes redirect) {
		this.moderation.dismiss(kind, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "moderation.queue.dismissed");
		return QUEUE;
	}

}
