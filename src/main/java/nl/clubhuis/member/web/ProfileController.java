package nl.clubhuis.member.web;

import nl.clubhuis.member.ProfileSection;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.Profiles;
import nl.clubhuis.member.Profiles.Profile;
import nl.clubhuis.shared.Markdown;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * /leden/{slug}: a member's profile, for whom its visibility lets in (a 404 for anyone
 * else), with what other modules add to it ({@link ProfileSection}).
 */
@Controller
class ProfileController {

	private final Profiles profiles;

	private final List<ProfileSection> sections;

	ProfileController(Profiles profiles, List<ProfileSection> sections) {
		this.profiles = profiles;
		this.sections = sections;
	}

	@GetMapping("/leden/{slug}")
	String profile(@PathVariable String slug, Viewer viewer, Model model) {
		Profile profile = this.profiles.visible(slug, viewer);
		model.addAttribute("profile", profile);
		model.addAttribute("bio", Markdown.toHtml(profile.bio()));
		this.sections.forEach((section) -> section.addTo(model, profile.member(), viewer));
		return "member/profile";
	}

}
