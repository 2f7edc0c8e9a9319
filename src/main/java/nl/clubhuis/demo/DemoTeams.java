package nl.clubhuis.demo;

import java.util.Map;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Ring;
import nl.clubhuis.doetank.TeamGuests;
import nl.clubhuis.doetank.TeamService;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.RuleViolationException;

/**
 * The team the demo trekker keeps on {@link DemoLiveDoetanks#ACTIVE} (the Doetank of
 * today they lead): open invitations (one for the demo lid to answer) and people without
 * an account. Every person is fictional. Running it again adds nothing: an open
 * invitation is the same invitation, an answered one is left alone, a guest with the same
 * name and role is the same guest.
 */
class DemoTeams {

	private final TeamService team;

	private final TeamGuests guests;

	DemoTeams(TeamService team, TeamGuests guests) {
		this.team = team;
		this.guests = guests;
	}

	void load(Map<String, MemberPrincipal> people) {
		MemberPrincipal trekker = people.get(DemoPeople.TREKKER.email());
		invite(DemoLiveDoetanks.ACTIVE, people.get(DemoPeople.LID.email()), MembershipRole.LID, Ring.KERN, trekker);
		invite(DemoLiveDoetanks.ACTIVE, people.get("priya.ramdin@example.org"), MembershipRole.SUPPORTER, Ring.SCHIL,
				trekker);
		this.guests.add(DemoLiveDoetanks.ACTIVE, "Henk Verbeek", "Gemeente Zwolle", MembershipRole.OPDRACHTGEVER,
				trekker);
		this.guests.add(DemoLiveDoetanks.ACTIVE, "Sandra Koster", "Inwoner van Zwolle", MembershipRole.EINDGEBRUIKER,
				trekker);
	}

	private void invite(String slug, MemberPrincipal invitee, MembershipRole role, Ring ring, MemberPrincipal by) {
		try {
			this.team.invite(slug, invitee.id(), role, ring, by);
		}
		catch (RuleViolationException alreadyAnswered) {
			// In the team already, or asked to join: the demo leaves that as it is.
		}
	}

}
