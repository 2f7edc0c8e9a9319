package nl.clubhuis.doetank.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Ring;
import nl.clubhuis.doetank.domain.Membership;

/**
 * The team as the Doetank page shows it: the kern, then the schil, each by role in the
 * team's order; an empty ring is left out.
 */
final class TeamRings {

	private TeamRings() {
	}

	static Map<Ring, Map<MembershipRole, List<Membership>>> of(Map<MembershipRole, List<Membership>> team) {
		Map<Ring, Map<MembershipRole, List<Membership>>> rings = new EnumMap<>(Ring.class);
		team.forEach((role,
				members) -> members.forEach((member) -> rings
					.computeIfAbsent(member.getRing(), (ring) -> new EnumMap<>(MembershipRole.class))
					.computeIfAbsent(role, (r) -> new java.util.ArrayList<>())
					.add(member)));
		return rings;
	}

}
