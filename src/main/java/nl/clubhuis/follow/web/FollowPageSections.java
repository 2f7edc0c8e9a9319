package nl.clubhuis.follow.web;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileSection;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "Volgen" button on a Doetank page (its team hears about it anyway, so they read
 * that instead) and on another member's profile.
 */
@Component
class FollowPageSections implements DoetankPageSection, ProfileSection {

	private final Follows follows;

	FollowPageSections(Follows follows) {
		this.follows = follows;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (doetank.isPublic()) {
			boolean inTeam = viewer.memberId().filter(team::isMember).isPresent();
			model.addAttribute("doetankFollow",
					this.follows.button(viewer, FollowTarget.doetank(doetank.id()), inTeam));
		}
	}

	@Override
	public void addTo(Model model, MemberRef member, Viewer viewer) {
		if (!viewer.is(member.id())) {
			model.addAttribute("profileFollow", this.follows.button(viewer, FollowTarget.member(member.id()), false));
		}
	}

}
