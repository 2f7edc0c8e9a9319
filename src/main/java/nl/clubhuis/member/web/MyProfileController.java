package nl.clubhuis.member.web;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.ProfilePhotos;
import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.member.Profiles;
import nl.clubhuis.shared.RuleViolationException;

import java.io.IOException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /mijn/profiel: what the member tells the network about themselves (organisation,
 * function, a short text, expertise), who may see it, and an optional photo (a form of
 * its own, so a refused picture leaves the rest of the profile alone).
 */
@Controller
class MyProfileController {

	private final Profiles profiles;

	private final ExpertiseVocabulary vocabulary;

	private final ProfilePhotos photos;

	MyProfileController(Profiles profiles, ExpertiseVocabulary vocabulary, ProfilePhotos photos) {
		this.profiles = profiles;
		this.vocabulary = vocabulary;
		this.photos = photos;
	}

	@GetMapping("/mijn/profiel")
	String page(@AuthenticationPrincipal MemberPrincipal member, Model model) {
		Profiles.Own own = this.profiles.own(member.id());
		return show(own, ProfileForm.of(own.draft()), model);
	}

	/**
	 * A new photo; a refused file shows why next to the field, with the profile as saved.
	 */
	@PostMapping("/mijn/profiel/foto")
	String uploadPhoto(@AuthenticationPrincipal MemberPrincipal member,
			@RequestParam(name = "foto", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		try {
			this.photos.upload(member.id(), (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : null);
		}
		catch (RuleViolationException | IOException ex) {
			String reason = (ex instanceof RuleViolationException refusal) ? refusal.messageKey()
					: "upload.refused.notAPicture";
			model.addAttribute("photoError", reason);
			Profiles.Own own = this.profiles.own(member.id());
			return show(own, ProfileForm.of(own.draft()), model);
		}
		redirect.addFlashAttribute("flashSuccess", "profile.photo.saved");
		return "redirect:/mijn/profiel";
	}

	@PostMapping("/mijn/profiel/foto/verwijderen")
	String removePhoto(@AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect) {
		this.photos.remove(member.id());
		redirect.addFlashAttribute("flashSuccess", "profile.photo.removed");
		return "redirect:/mijn/profiel";
	}

	@PostMapping("/mijn/profiel")
	String save(@AuthenticationPrincipal MemberPrincipal member, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return show(this.profiles.own(member.id()), form, model);
		}
		this.profiles.save(member.id(), form.draft());
		redirect.addFlashAttribute("flashSuccess", "profile.saved");
		return "redirect:/mijn/profiel";
	}

	/**
	 * The form with the terms on offer, and a retired term the member chose before, so it
	 * can stay or go.
	 */
	private String show(Profiles.Own own, ProfileForm form, Model model) {
		List<Expertise> options = new ArrayList<>(this.vocabulary.offered());
		this.vocabulary.byIds(own.draft().expertise())
			.values()
			.stream()
			.filter(Expertise::retired)
			.forEach(options::add);
		options.sort(Comparator.comparing(Expertise::nameNl, String.CASE_INSENSITIVE_ORDER));
		model.addAttribute("form", form);
		model.addAttribute("expertiseOptions", options);
		model.addAttribute("visibilities", ProfileVisibility.values());
		model.addAttribute("profilePath", "/leden/" + own.slug());
		model.addAttribute("slug", own.slug());
		model.addAttribute("photoVersion", own.photoVersion());
		model.addAttribute("maxUploadMb", this.photos.maxMegabytes());
		return "member/profile-edit";
	}

}
