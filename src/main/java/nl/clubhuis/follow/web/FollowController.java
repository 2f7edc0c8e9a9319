package nl.clubhuis.follow.web;

import java.util.List;
import java.util.Locale;

import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.follow.FollowKind;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.LocalPath;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Volgen" and "Niet meer volgen" on every page that can be followed (plain forms, no
 * JavaScript), and /mijn/volgend: what a member follows, with a way to stop and to follow
 * an expertise term.
 */
@Controller
class FollowController {

	private final Follows follows;

	private final ExpertiseVocabulary vocabulary;

	FollowController(Follows follows, ExpertiseVocabulary vocabulary) {
		this.follows = follows;
		this.vocabulary = vocabulary;
	}

	@PostMapping("/volgen")
	String follow(@RequestParam("soort") String kind, @RequestParam("id") long id,
			@RequestParam(name = "terug", required = false) String back, Viewer viewer, RedirectAttributes redirect) {
		this.follows.follow(viewer, target(kind, id));
		redirect.addFlashAttribute("flashSuccess", "follow.followed");
		return "redirect:" + backTo(back);
	}

	@PostMapping("/ontvolgen")
	String unfollow(@RequestParam("soort") String kind, @RequestParam("id") long id,
			@RequestParam(name = "terug", required = false) String back, Viewer viewer, RedirectAttributes redirect) {
		this.follows.unfollow(viewer.member().id(), target(kind, id));
		redirect.addFlashAttribute("flashSuccess", "follow.unfollowed");
		return "redirect:" + backTo(back);
	}

	@GetMapping("/mijn/volgend")
	String following(Viewer viewer, Locale locale, Model model) {
		List<FollowTarget> targets = this.follows.followedBy(viewer.member().id());
		model.addAttribute("followed", FollowedList.of(targets, this.follows.describe(targets, locale)));
		model.addAttribute("expertiseOptions", this.vocabulary.offered());
		return "follow/volgend";
	}

	private static FollowTarget target(String kind, long id) {
		return new FollowTarget(FollowKind.fromWord(kind).orElseThrow(() -> new NotFoundException(kind)), id);
	}

	private static String backTo(String back) {
		String path = LocalPath.orNull(back);
		return (path != null) ? path : "/mijn/volgend";
	}

}
