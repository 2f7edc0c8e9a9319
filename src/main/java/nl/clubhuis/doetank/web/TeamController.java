package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Ring;
import nl.clubhuis.doetank.TeamService;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.Membership;

import jakarta.validation.Valid;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a Doetank's trekkers and coaches keep the team: invite a member found by
 * name, change a role, move someone between kern and schil, end a membership (after a
 * confirmation); the network's coaches assign coaches here.
 */
@Controller
class TeamController {

	private final TeamPageModel page;

	private final TeamService team;

	private final MemberDirectory members;

	TeamController(TeamPageModel page, TeamService team, MemberDirectory members) {
		this.page = page;
		this.team = team;
		this.members = members;
	}

	@GetMapping("/doetanks/{slug}/team")
	String show(@PathVariable String slug, @RequestParam(name = "naam", required = false) String naam, Viewer viewer,
			Model model) {
		return this.page.render(model, slug, viewer, naam);
	}

	@PostMapping("/doetanks/{slug}/team/uitnodigingen")
	String invite(@PathVariable String slug, @Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (form.getRole() != null && !form.getRole().isOpenToOutsiders()) {
			errors.rejectValue("role", "doetank.rule.roleNotOpen");
		}
		if (errors.hasErrors()) {
			return this.page.render(model, slug, viewer, form.getNaam());
		}
		return TeamActions.run(redirect, TeamActions.teamPage(slug), "doetank.team.invited",
				() -> this.team.invite(slug, form.getMemberId(), form.getRole(), form.getRing(), viewer.member()));
	}

	@PostMapping("/doetanks/{slug}/team/uitnodigingen/{membershipId}/intrekken")
	String withdrawInvitation(@PathVariable String slug, @PathVariable Long membershipId, Viewer viewer,
			RedirectAttributes redirect) {
		return TeamActions.run(redirect, TeamActions.teamPage(slug), "doetank.team.invitationWithdrawn",
				() -> this.team.withdrawInvitation(slug, membershipId, viewer.member()));
	}

	@PostMapping("/doetanks/{slug}/team/{membershipId}/rol")
	String changeRole(@PathVariable String slug, @PathVariable Long membershipId,
			@RequestParam(name = "role", required = false) String role, Viewer viewer, RedirectAttributes redirect) {
		MembershipRole chosen = choice(MembershipRole.class, role);
		if (chosen == null) {
			redirect.addFlashAttribute("flashProblem", "doetank.team.chooseRole");
			return "redirect:" + TeamActions.teamPage(slug);
		}
		return TeamActions.run(redirect, TeamActions.teamPage(slug), "doetank.team.roleChanged",
				() -> this.team.changeRole(slug, membershipId, chosen, viewer.member()));
	}

	@PostMapping("/doetanks/{slug}/team/{membershipId}/ring")
	String moveTo(@PathVariable String slug, @PathVariable Long membershipId,
			@RequestParam(name = "ring", required = false) String ring, Viewer viewer, RedirectAttributes redirect) {
		Ring chosen = choice(Ring.class, ring);
		if (chosen == null) {
			throw new NotFoundException("ring " + ring);
		}
		return TeamActions.run(redirect, TeamActions.teamPage(slug), "doetank.team.ringChanged",
				() -> this.team.moveTo(slug, membershipId, chosen, viewer.member()));
	}

	@GetMapping("/doetanks/{slug}/team/{membershipId}/beeindigen")
	String confirmEnd(@PathVariable String slug, @PathVariable Long membershipId, Viewer viewer, Model model) {
		Doetank doetank = this.page.manageable(slug, viewer);
		Membership membership = this.page.endable(doetank, membershipId, viewer);
		String name = this.members.find(membership.getMemberId()).map(MemberRef::name).orElse("");
		model.addAttribute("doetank", doetank);
		model.addAttribute("confirm",
				new ConfirmPage("doetank.end.title", "doetank.end.lead", name,
						"/doetanks/" + slug + "/team/" + membershipId + "/beeindigen", "doetank.end.confirm",
						TeamActions.teamPage(slug), true));
		if (!model.containsAttribute("confirmForm")) {
			model.addAttribute("confirmForm", new ConfirmForm());
		}
		return "doetank/confirm";
	}

	@PostMapping("/doetanks/{slug}/team/{membershipId}/beeindigen")
	String end(@PathVariable String slug, @PathVariable Long membershipId,
			@Valid @ModelAttribute("confirmForm") ConfirmForm form, BindingResult errors, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return confirmEnd(slug, membershipId, viewer, model);
		}
		return TeamActions.run(redirect, TeamActions.teamPage(slug), "doetank.team.ended",
				() -> this.team.end(slug, membershipId, form.getNote(), viewer.member()));
	}

	@PostMapping("/doetanks/{slug}/team/coaches")
	String assignCoach(@PathVariable String slug, @RequestParam(name = "memberId", required = false) Long memberId,
			Viewer viewer, RedirectAttributes redirect) {
		if (memberId == null) {
			redirect.addFlashAttribute("flashProblem", "doetank.team.chooseCoach");
			return "redirect:" + TeamActions.teamPage(slug);
		}
		return TeamActions.run(redirect, TeamActions.teamPage(slug), "doetank.team.coachAssigned",
				() -> this.team.assignCoach(slug, memberId, viewer.member()));
	}

	/** The enum value a form sent, or null when it sent nothing or something unknown. */
	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		try {
			return (value == null || value.isBlank()) ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
