package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.MilestoneEntry;

/**
 * Who keeps a Doetank's milestones, and what a milestone may say. A milestone is
 * something that happened: its day lies between the start of the route and today, never
 * in the future.
 */
public final class MilestoneRules {

	private MilestoneRules() {
	}

	/**
	 * The team of a public Doetank (anyone with a current role in it, its coaches
	 * included) keeps its milestones; a beheerder may step in (and the service logs it).
	 * Proposals have no route yet; a historical Doetank's story is told (its milestones
	 * come with its history, see {@code MilestoneService#addToHistory}).
	 */
	public static boolean mayKeep(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		return doetank.isPublic() && !doetank.historical()
				&& (viewer.memberId().filter(team::isMember).isPresent() || viewer.isBeheerder());
	}

	/**
	 * What is wrong with an entry, as field → message key, in the order of the form: a
	 * day before the route started or after today, or a post that is not one of the
	 * Doetank's published posts ({@code postIds}), or a document that is not one of its
	 * public documents ({@code documentIds}).
	 */
	public static Map<String, String> problemsWith(MilestoneEntry entry, LocalDate routeStart, LocalDate today,
			Set<Long> postIds, Set<Long> documentIds) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (entry.happenedOn() != null) {
			if (entry.happenedOn().isBefore(routeStart)) {
				problems.put("happenedOn", "milestone.rule.beforeStart");
			}
			else if (entry.happenedOn().isAfter(today)) {
				problems.put("happenedOn", "milestone.rule.inFuture");
			}
		}
		if (entry.postId() != null && !postIds.contains(entry.postId())) {
			problems.put("postId", "milestone.rule.unknownPost");
		}
		if (entry.documentId() != null && !documentIds.contains(entry.documentId())) {
			problems.put("documentId", "milestone.rule.unknownDocument");
		}
		return problems;
	}

}
