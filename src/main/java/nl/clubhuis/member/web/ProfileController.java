package nl.clubhuis.member.web;

import nl.clubhuis.member.ProfilePhotos;
import nl.clubhuis.member.ProfileSection;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.Profiles;
import nl.clubhuis.member.Profiles.Profile;
import nl.clubhuis.shared.Markdown;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * /leden/{slug}: a member's profile, for whom its visibility lets in (a 404 for anyone
 * else), with what other modules add to it ({@link ProfileSection}), and its photo for
 * the same people.
 */
@Controller
class ProfileController {

	private final Profiles profiles;

	private final List<ProfileSection> sections;

	private final ProfilePhotos photos;

	ProfileController(Profiles profiles, List<ProfileSection> sections, ProfilePhotos photos) {
		this.profiles = profiles;
		this.sections = sections;
		this.photos = photos;
	}

	@GetMapping("/leden/{slug}")
	String profile(@PathVariable String slug, Viewer viewer, Model model) {
		Profile profile = this.profiles.visible(slug, viewer);
		model.addAttribute("profile", profile);
		model.addAttribute("bio", Markdown.toHtml(profile.bio()));
		model.addAttribute("mayReport", viewer.isLoggedIn() && !profile.own() && !profile.bioHidden());
		this.sections.forEach((section) -> section.addTo(model, profile.member(), viewer));
		return "member/profile";
	}

	/**
	 * The photo, for whom the profile's visibility lets in. Kept privately for an hour:
	 * the page links it with its upload time ({@code ?v=}), so a new photo shows at once.
	 */
	@GetMapping("/leden/{slug}/foto")
	ResponseEntity<byte[]> photo(@PathVariable String slug, Viewer viewer) {
		ProfilePhotos.Photo photo = this.photos.visible(slug, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("foto." + photo.contentType().substring("image/".length()))
						.build()
						.toString())
			.body(photo.bytes());
	}

}
