package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Ring;
import nl.clubhuis.doetank.TeamGuests;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.domain.Membership;
import nl.clubhuis.doetank.domain.TeamPermissions;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts what /doetanks/{slug}/team shows into the model, also when one of its forms is
 * shown again with errors: the current team with its roles and rings, the open
 * invitations, the guests, the members found by name, the network's coaches. A fixed
 * number of queries: the Doetank with its team, the names, the guests, and (when asked
 * for) the search and the coaches.
 */
@Component
class TeamPageModel {

	/** How many members a search by name shows. */
	static final int FOUND = 10;

	private final DoetankCatalog catalog;

	private final DoetankAccess access;

	private final MemberDirectory members;

	private final TeamGuests guests;

	TeamPageModel(DoetankCatalog catalog, DoetankAccess access, MemberDirectory members, TeamGuests guests) {
		this.catalog = catalog;
		this.access = access;
		this.members = members;
		this.guests = guests;
	}

	/**
	 * The Doetank when the viewer may manage its team or assign its coaches; else 403.
	 */
	Doetank manageable(String slug, Viewer viewer) {
		Doetank doetank = this.catalog.show(slug, viewer);
		if (!this.access.teamPermissions(doetank, viewer).any()) {
			throw new AccessDeniedException("only who manages the team sees this page");
		}
		return doetank;
	}

	/**
	 * A current membership of this Doetank that the viewer may end: a coach's for who
	 * assigns coaches, anyone else's for who manages the team. Unknown: 404; else 403.
	 */
	Membership endable(Doetank doetank, Long membershipId, Viewer viewer) {
		Membership membership = doetank.roster()
			.find(membershipId)
			.filter(Membership::isActive)
			.orElseThrow(() -> new nl.clubhuis.shared.NotFoundException("membership " + membershipId));
		TeamPermissions can = this.access.teamPermissions(doetank, viewer);
		if (membership.getRole() == MembershipRole.COACH ? !can.assignCoaches() : !can.manage()) {
			throw new AccessDeniedException("not a membership this viewer may end");
		}
		return membership;
	}

	String render(Model model, String slug, Viewer viewer, String naam) {
		Doetank doetank = manageable(slug, viewer);
		TeamPermissions can = this.access.teamPermissions(doetank, viewer);
		List<Membership> invitations = doetank.roster().openInvitations();
		Set<Long> ids = new HashSet<>(doetank.memberIds());
		invitations.forEach((invitation) -> ids.add(invitation.getInvitedById()));
		Map<Long, MemberRef> names = this.members.byIds(ids);
		Comparator<Membership> byName = Comparator.comparing(
				(Membership m) -> names.containsKey(m.getMemberId()) ? names.get(m.getMemberId()).name() : "",
				String.CASE_INSENSITIVE_ORDER);
		model.addAttribute("doetank", doetank);
		model.addAttribute("names", names);
		model.addAttribute("teamCan", can);
		model.addAttribute("current",
				doetank.roster()
					.current()
					.stream()
					.sorted(Comparator.comparing(Membership::getRole).thenComparing(byName))
					.toList());
		model.addAttribute("invitations", invitations.stream().map(InvitationRow::of).toList());
		model.addAttribute("guests", can.manage() ? this.guests.of(doetank.getId()) : List.of());
		model.addAttribute("teamRoles", MembershipRole.givenByTheTeam());
		model.addAttribute("outsiderRoles", MembershipRole.openToOutsiders());
		model.addAttribute("rings", Ring.values());
		model.addAttribute("naam", naam);
		model.addAttribute("found", can.manage() ? findable(doetank, naam) : List.of());
		model.addAttribute("coaches",
				can.assignCoaches()
						? this.members.coaches().stream().filter((coach) -> !doetank.isCoachOf(coach.id())).toList()
						: List.of());
		if (!model.containsAttribute("inviteForm")) {
			InviteForm form = new InviteForm();
			form.setNaam(naam);
			model.addAttribute("inviteForm", form);
		}
		if (!model.containsAttribute("guestForm")) {
			model.addAttribute("guestForm", new GuestForm());
		}
		return "doetank/team";
	}

	/**
	 * An open invitation as the team page lists it, sent {@code invitedAt} (in
	 * Amsterdam).
	 */
	record InvitationRow(Long id, Long memberId, MembershipRole role, Ring ring, Long invitedById,
			java.time.ZonedDateTime invitedAt) {

		static InvitationRow of(Membership invitation) {
			return new InvitationRow(invitation.getId(), invitation.getMemberId(), invitation.getRole(),
					invitation.getRing(), invitation.getInvitedById(),
					nl.clubhuis.shared.AmsterdamTime.of(invitation.getRequestedAt()));
		}

	}

	/**
	 * Members with this name who are not in the team, have not asked and are not invited.
	 */
	private List<MemberRef> findable(Doetank doetank, String naam) {
		if (naam == null || naam.isBlank()) {
			return List.of();
		}
		return this.members.findByName(naam, FOUND)
			.stream()
			.filter((member) -> !doetank.involves(member.id())
					&& doetank.roster().openInvitationOf(member.id()).isEmpty())
			.toList();
	}

}
