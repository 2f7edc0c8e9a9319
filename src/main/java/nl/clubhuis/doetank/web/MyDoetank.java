package nl.clubhuis.doetank.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks.Involvement;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;

/** A Doetank the member is in now, with their roles in it, as /mijn lists it. */
public record MyDoetank(DoetankRef doetank, List<MembershipRole> roles) {

	public MyDoetank {
		roles = List.copyOf(roles);
	}

	/**
	 * The member's current roles, one line per Doetank, its roles in the team's order:
	 * active Doetanks first, then finished and stopped ones, each by title. Proposals are
	 * left out (they show as the member's proposals), and so are ended roles and open
	 * requests.
	 */
	static List<MyDoetank> of(List<Involvement> involvements) {
		Map<Long, DoetankRef> doetanks = new LinkedHashMap<>();
		Map<Long, Set<MembershipRole>> roles = new LinkedHashMap<>();
		for (Involvement involvement : involvements) {
			if (involvement.state() == MembershipState.ACTIEF && involvement.doetank().isPublic()) {
				doetanks.put(involvement.doetank().id(), involvement.doetank());
				roles.computeIfAbsent(involvement.doetank().id(), (id) -> EnumSet.noneOf(MembershipRole.class))
					.add(involvement.role());
			}
		}
		return doetanks.values()
			.stream()
			.sorted(Comparator.comparing((DoetankRef doetank) -> !doetank.isActive())
				.thenComparing(DoetankRef::title, String.CASE_INSENSITIVE_ORDER))
			.map((doetank) -> new MyDoetank(doetank, new ArrayList<>(roles.get(doetank.id()))))
			.toList();
	}

}
