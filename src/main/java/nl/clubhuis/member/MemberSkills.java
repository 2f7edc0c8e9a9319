package nl.clubhuis.member;

import java.util.Set;

/**
 * What a member offers the network, for matching them with Doetanks: their job title
 * (null if they gave none) and the expertise they named (ids of the expertise
 * vocabulary).
 */
public record MemberSkills(Long memberId, String jobTitle, Set<Long> expertiseIds) {

	public MemberSkills {
		expertiseIds = Set.copyOf(expertiseIds);
	}

}
