package nl.clubhuis.notifications.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.notifications.Announcement;

import org.springframework.stereotype.Component;

/**
 * Who hears what moves in a Doetank: its team (which follows its own Doetank without
 * asking), the followers of the Doetank and of its trekkers, and (for steps on its route)
 * the followers of the expertise it looks for. A Doetank that is not public reaches only
 * who may see it: its team, who asked to join, and the network's coaches. At most three
 * statements.
 */
@Component
class DoetankAudience {

	private final Doetanks doetanks;

	private final MemberDirectory members;

	DoetankAudience(Doetanks doetanks, MemberDirectory members) {
		this.doetanks = doetanks;
		this.members = members;
	}

	Announcement around(Announcement announcement, DoetankRef doetank, boolean withExpertise) {
		TeamRoles team = this.doetanks.team(doetank.id());
		List<FollowTarget> targets = new ArrayList<>();
		targets.add(FollowTarget.doetank(doetank.id()));
		team.withRole(MembershipRole.TREKKER).forEach((trekker) -> targets.add(FollowTarget.member(trekker)));
		if (withExpertise) {
			this.doetanks.expertiseWanted(doetank.id()).forEach((term) -> targets.add(FollowTarget.expertise(term)));
		}
		Announcement around = announcement.to(team.active().keySet()).toFollowersOf(targets);
		return doetank.isPublic() ? around : around.onlyAmong(mayKnow(team, announcement.recipients()));
	}

	/** Who may know of a Doetank that is not public, besides the members named. */
	private Set<Long> mayKnow(TeamRoles team, Set<Long> named) {
		Set<Long> allowed = new HashSet<>(named);
		allowed.addAll(team.active().keySet());
		allowed.addAll(team.pending());
		this.members.coaches().stream().map(MemberRef::id).forEach(allowed::add);
		return allowed;
	}

}
