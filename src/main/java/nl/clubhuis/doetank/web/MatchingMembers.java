package nl.clubhuis.doetank.web;

import java.util.List;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.member.MemberRef;

/**
 * "Leden met expertise die jullie zoeken" on a Doetank's page, for its trekker and
 * coaches: what the team looks for, and the members who know most of it.
 */
public record MatchingMembers(List<Expertise> wanted, List<Match> members) {

	public MatchingMembers {
		wanted = List.copyOf(wanted);
		members = List.copyOf(members);
	}

	/**
	 * A member, their job title (null if none) and what they know that the team seeks.
	 */
	public record Match(MemberRef member, String jobTitle, List<Expertise> inCommon) {
	}

}
