package nl.clubhuis.route.domain;

import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.member.MemberRef;

/**
 * One request to open a door with the names it mentions (asker, supporter, who answered)
 * and what the viewer may do with it.
 */
public record DoorPage(DoetankRef doetank, DoorView door, Map<Long, MemberRef> names, boolean mayAnswer,
		boolean mayWithdraw) {

}
