package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.DoorAnswer;
import nl.clubhuis.route.DoorEntry;
import nl.clubhuis.route.DoorState;

/**
 * Who asks a supporter to open a door, who answers, and what a request and an answer must
 * say. Escalation is the team's own step: no beheerder steps in to ask.
 */
public final class DoorRules {

	private DoorRules() {
	}

	/** Anyone with a current role in the team of an active Doetank, the trekker too. */
	public static boolean mayAsk(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		return doetank.isActive() && viewer.memberId().filter(team::isMember).isPresent();
	}

	/**
	 * The team and the beheerders (who pass requests to the supportcomité on) follow a
	 * Doetank's requests; visitors and other members see none of them.
	 */
	public static boolean mayFollow(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter(team::isMember).isPresent() || viewer.isBeheerder();
	}

	/**
	 * The supporter asked answers; a request to the supportcomité is answered by a
	 * beheerder on its behalf.
	 */
	public static boolean mayAnswer(Long supporterId, Viewer viewer) {
		return (supporterId != null) ? viewer.is(supporterId) : viewer.isBeheerder();
	}

	/** Only who asked withdraws. */
	public static boolean mayWithdraw(Long askedById, Viewer viewer) {
		return viewer.is(askedById);
	}

	/** A request's own page: who follows the Doetank's requests, and who is asked. */
	public static boolean maySee(TeamRoles team, Long supporterId, Viewer viewer) {
		return mayFollow(team, viewer) || mayAnswer(supporterId, viewer);
	}

	/** The team's supporters, the asker left out: whom they may ask by name. */
	public static List<Long> supportersOf(TeamRoles team, Long askerId) {
		return team.active()
			.entrySet()
			.stream()
			.filter((role) -> role.getValue().contains(MembershipRole.SUPPORTER) && !role.getKey().equals(askerId))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/**
	 * What is wrong with a request, field → message key: no one to open the door to, no
	 * day or a day that has passed, or a supporter who is not one of the team's
	 * ({@code supporterIds}).
	 */
	public static Map<String, String> problemsWith(DoorEntry entry, LocalDate today, Set<Long> supporterIds) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (entry.supporterId() != null && !supporterIds.contains(entry.supporterId())) {
			problems.put("supporter", "doors.rule.notSupporter");
		}
		if (entry.toWhom() == null || entry.toWhom().isBlank()) {
			problems.put("toWhom", "NotBlank");
		}
		if (entry.wantedBy() == null) {
			problems.put("wantedBy", "doors.rule.wantedBy");
		}
		else if (entry.wantedBy().isBefore(today)) {
			problems.put("wantedBy", "doors.rule.past");
		}
		return problems;
	}

	/**
	 * What is wrong with an answer, field → message key: no choice, or an opened door or
	 * a refusal without its line.
	 */
	public static Map<String, String> problemsWith(DoorAnswer answer) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (answer.outcome() == null || !answer.outcome().isAnswer()) {
			problems.put("outcome", "doors.rule.outcome");
		}
		else if (answer.outcome() != DoorState.BEZIG && (answer.line() == null || answer.line().isBlank())) {
			problems.put("line", "doors.rule.line." + answer.outcome());
		}
		return problems;
	}

}
