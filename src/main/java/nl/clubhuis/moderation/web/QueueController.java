package nl.clubhuis.moderation.web;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.Moderation;
import nl.clubhuis.moderation.Moderation.HiddenAfterReports;
import nl.clubhuis.moderation.Moderation.QueueItem;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.moderation.ReportedItem;
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
 * reported it and why; hide (with a word to the author), restore or dismiss. What was
 * hidden after reports is listed at /redactie/meldingen/verborgen, to restore.
 */
@Controller
class QueueController {

	private static final String QUEUE = "redirect:/redactie/meldingen";

	private static final String HIDDEN = "redirect:/redactie/meldingen/verborgen";

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

	/**
	 * Hides from the queue, or from the item's own page ({@code terug=pagina}), which the
	 * redactie then sees again.
	 */
	@GetMapping("/redactie/meldingen/verborgen")
	String hidden(PageNumber page, Viewer viewer, Model model) {
		Page<HiddenAfterReports> items = page
			.fetch((number) -> this.moderation.hiddenAfterReports(viewer.member(), number));
		model.addAttribute("items", items);
		model.addAttribute("people",
				this.members.byIds(items.stream()
					.filter((i) -> i.item() != null && i.item().authorId() != null)
					.map((i) -> i.item().authorId())
					.collect(Collectors.toSet())));
		return "moderation/hidden";
	}

	@PostMapping("/redactie/meldingen/verbergen")
	String hide(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id,
			@RequestParam(name = "woord", required = false) String word,
			@RequestParam(name = "terug", required = false) String back, Viewer viewer, RedirectAttributes redirect) {
		String trimmed = (word == null) ? "" : word.strip();
		ReportedItem item = this.moderation.hide(kind, id, trimmed.substring(0, Math.min(trimmed.length(), 1000)),
				viewer.member());
		redirect.addFlashAttribute("flashSuccess", "moderation.queue.hidden");
		return backTo(back, item, QUEUE);
	}

	@PostMapping("/redactie/meldingen/herstellen")
	String restore(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id,
			@RequestParam(name = "terug", required = false) String back, Viewer viewer, RedirectAttributes redirect) {
		ReportedItem item = this.moderation.restore(kind, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "moderation.queue.restored");
		return backTo(back, item, "verborgen".equals(back) ? HIDDEN : QUEUE);
	}

	/**
	 * Back to the item's own page (a path the item gives, never one from the request).
	 */
	private static String backTo(String back, ReportedItem item, String otherwise) {
		return ("pagina".equals(back) && item.path() != null) ? "redirect:" + item.path() : otherwise;
	}

	@PostMapping("/redactie/meldingen/afwijzen")
	String dismiss(@RequestParam("soort") ReportKind kind, @RequestParam("id") long id, Viewer viewer,
			RedirectAttributes redirect) {
		this.moderation.dismiss(kind, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "moderation.queue.dismissed");
		return QUEUE;
	}

}
