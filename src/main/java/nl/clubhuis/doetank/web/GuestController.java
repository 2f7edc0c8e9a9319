package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.TeamGuests;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People in the team who will never log in: added on the team page, edited on a page of
 * their own, removed.
 */
@Controller
class GuestController {

	private final TeamPageModel page;

	private final TeamGuests guests;

	GuestController(TeamPageModel page, TeamGuests guests) {
		this.page = page;
		this.guests = guests;
	}

	@PostMapping("/doetanks/{slug}/team/gasten")
	String add(@PathVariable String slug, @Valid @ModelAttribute("guestForm") GuestForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!check(form, errors)) {
			return this.page.render(model, slug, viewer, null);
		}
		return TeamActions.run(redirect, TeamActions.teamPage(slug) + "#gasten", "doetank.guest.added",
				() -> this.guests.add(slug, form.getName(), form.getOrganisation(), form.getGuestRole(),
						viewer.member()));
	}

	@GetMapping("/doetanks/{slug}/team/gasten/{guestId}")
	String edit(@PathVariable String slug, @PathVariable Long guestId, Viewer viewer, Model model) {
		model.addAttribute("doetank", this.page.manageable(slug, viewer));
		model.addAttribute("guestId", guestId);
		model.addAttribute("outsiderRoles", nl.clubhuis.doetank.MembershipRole.openToOutsiders());
		if (!model.containsAttribute("guestForm")) {
			model.addAttribute("guestForm", GuestForm.of(this.guests.find(slug, guestId, viewer.member())));
		}
		return "doetank/guest";
	}

	@PostMapping("/doetanks/{slug}/team/gasten/{guestId}")
	String update(@PathVariable String slug, @PathVariable Long guestId,
			@Valid @ModelAttribute("guestForm") GuestForm form, BindingResult errors, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (!check(form, errors)) {
			this.guests.find(slug, guestId, viewer.member());
			return edit(slug, guestId, viewer, model);
		}
		return TeamActions.run(redirect, TeamActions.teamPage(slug) + "#gasten", "doetank.guest.changed",
				() -> this.guests.update(slug, guestId, form.getName(), form.getOrganisation(), form.getGuestRole(),
						viewer.member()));
	}

	@PostMapping("/doetanks/{slug}/team/gasten/{guestId}/verwijderen")
	String remove(@PathVariable String slug, @PathVariable Long guestId, Viewer viewer, RedirectAttributes redirect) {
		return TeamActions.run(redirect, TeamActions.teamPage(slug) + "#gasten", "doetank.guest.removed",
				() -> this.guests.remove(slug, guestId, viewer.member()));
	}

	private static boolean check(GuestForm form, BindingResult errors) {
		if (form.getGuestRole() != null && !form.getGuestRole().isOpenToOutsiders()) {
			errors.rejectValue("guestRole", "doetank.rule.roleNotOpen");
		}
		return !errors.hasErrors();
	}

}
