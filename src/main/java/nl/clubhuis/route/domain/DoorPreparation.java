package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.route.DoorEntry;

/**
 * What the form to ask for an open door needs: the Doetank, the team's supporters the
 * asker may choose (besides the supportcomité) and today, the first day it may be wanted
 * by.
 */
public record DoorPreparation(DoetankRef doetank, TeamRoles team, List<MemberRef> supporters, LocalDate today) {

	public Map<String, String> problemsWith(DoorEntry entry) {
		return DoorRules.problemsWith(entry, this.today,
				this.supporters.stream().map(MemberRef::id).collect(Collectors.toSet()));
	}

}
