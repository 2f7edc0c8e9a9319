package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.Invitations;
import nl.clubhuis.doetank.TeamService;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own place in a team: withdraw a join request and leave (each after a
 * confirmation), and answer an invitation on the page its mail links to.
 */
@Controller
class OwnMembershipController {

	private final DoetankCatalog catalog;

	private final TeamService team;

	private final Invitations invitations;

	private final MemberDirectory members;

	OwnMembershipController(DoetankCatalog catalog, TeamService team, Invitations invitations,
			MemberDirectory members) {
		this.catalog = catalog;
		this.team = team;
		this.invitations = invitations;
		this.members = members;
	}

	@GetMapping("/doetanks/{slug}/aanvraag/intrekken")
	String confirmWithdraw(@PathVariable String slug, Viewer viewer, Model model) {
		Doetank doetank = this.catalog.show(slug, viewer);
		if (doetank.pendingRequestOf(viewer.member().id()).isEmpty()) {
			return "redirect:" + TeamActions.doetankPage(slug);
		}
		return confirm(model, doetank,
				new ConfirmPage("doetank.withdraw.title", "doetank.withdraw.lead", doetank.getTitle(),
						"/doetanks/" + slug + "/aanvraag/intrekken", "doetank.withdraw.confirm",
						TeamActions.doetankPage(slug), false));
	}

	@PostMapping("/doetanks/{slug}/aanvraag/intrekken")
	String withdraw(@PathVariable String slug, Viewer viewer, RedirectAttributes redirect) {
		return TeamActions.run(redirect, TeamActions.doetankPage(slug), "doetank.withdraw.done",
				() -> this.team.withdrawRequest(slug, viewer.member()));
	}

	@GetMapping("/doetanks/{slug}/verlaten")
	String confirmLeave(@PathVariable String slug, Viewer viewer, Model model) {
		Doetank doetank = this.catalog.show(slug, viewer);
		if (!doetank.isMember(viewer.member().id())) {
			return "redirect:" + TeamActions.doetankPage(slug);
		}
		return confirm(model, doetank, new ConfirmPage("doetank.leave.title", "doetank.leave.lead", doetank.getTitle(),
				"/doetanks/" + slug + "/verlaten", "doetank.leave.confirm", TeamActions.doetankPage(slug), false));
	}

	/** The page an invitation's mail links to: the viewer's open invitation, if any. */
	@GetMapping("/doetanks/{slug}/uitnodiging")
	String invitation(@PathVariable String slug, Viewer viewer, Model model) {
		Doetank doetank = this.catalog.show(slug, viewer);
		var invitation = doetank.roster().openInvitationOf(viewer.member().id()).orElse(null);
		model.addAttribute("doetank", doetank);
		model.addAttribute("invitation", invitation);
		model.addAttribute("invitedBy", (invitation != null)
				? this.members.find(invitation.getInvitedById()).map((m) -> m.name()).orElse("") : "");
		model.addAttribute("member", doetank.isMember(viewer.member().id()));
		return "doetank/invitation";
	}

	@PostMapping("/doetanks/{slug}/uitnodiging/{membershipId}/accepteren")
	String accept(@PathVariable String slug, @PathVariable Long membershipId, Viewer viewer,
			RedirectAttributes redirect) {
		return TeamActions.run(redirect, TeamActions.doetankPage(slug), "doetank.invitation.accepted",
				() -> this.invitations.accept(membershipId, viewer.member()));
	}

	@PostMapping("/doetanks/{slug}/uitnodiging/{membershipId}/afslaan")
	String decline(@PathVariable String slug, @PathVariable Long membershipId, Viewer viewer,
			RedirectAttributes redirect) {
		return TeamActions.run(redirect, TeamActions.doetankPage(slug), "doetank.invitation.declined",
				() -> this.invitations.decline(membershipId, viewer.member()));
	}

	private String confirm(Model model, Doetank doetank, ConfirmPage page) {
		model.addAttribute("doetank", doetank);
		model.addAttribute("confirm", page);
		model.addAttribute("confirmForm", new ConfirmForm());
		return "doetank/confirm";
	}

}
