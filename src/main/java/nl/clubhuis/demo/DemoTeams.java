package nl.clubhuis.demo;

import java.util.Map;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Ring;
import nl.clubhuis.doetank.TeamGuests;
import nl.clubhuis.doetank.TeamService;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The team the demo trekker keeps on rol-in-regiegemeente (the one active Doetank they
 * lead): open invitations (one for the demo lid to answer) and people without an account.
 * Every person is fictional. Running it again adds nothing: an open invitation is the
 * same invitation, an answered one is left alone, a guest with the same name and role is
 * the same guest.
 */
@Component
@Profile("demo")
class DemoTeams {

	private final TeamService team;

	private final TeamGuests guests;

	DemoTeams(TeamService team, TeamGuests guests) {
		this.team = team;
		this.guests = guests;
	}

	void load(Map<String, MemberPrincipal> people) {
		MemberPrincipal trekker = people.get(DemoPeople.TREKKER.email());
		invite(DemoDataLoader.REGIEGEMEENTE, people.get(DemoPeople.LID.email()), MembershipRole.LID, Ring.KERN,
				trekker);
		invite(DemoDataLoader.REGIEGEMEENTE, people.get("priya.ramdin@example.org"), MembershipRole.SUPPORTER,
				Ring.SCHIL, trekker);
		this.guests.add(DemoDataLoader.REGIEGEMEENTE, "Henk Verbeek", "Gemeente Lelystad", MembershipRole.OPDRACHTGEVER,
				trekker);
		this.guests.add(DemoDataLoader.REGIEGEMEENTE, "Sandra Koster", "Inwoner van Lelystad",
				MembershipRole.EINDGEBRUIKER, trekker);
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
