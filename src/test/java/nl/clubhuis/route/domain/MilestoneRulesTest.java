package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.MilestoneEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who keeps a Doetank's milestones, and which days and posts a milestone may have. */
class MilestoneRulesTest {

	static final LocalDate START = LocalDate.of(2025, 3, 1);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final TeamRoles TEAM = new TeamRoles(Map.of(1L, Set.of(MembershipRole.TREKKER), 2L,
			Set.of(MembershipRole.LID), 3L, Set.of(MembershipRole.COACH), 4L, Set.of(MembershipRole.EINDGEBRUIKER)),
			Set.of(5L));

	@Test
	void everyoneInTheTeamKeepsTheMilestonesOfAPublicDoetankAndABeheerderMayStepIn() {
		for (DoetankStatus status : Set.of(DoetankStatus.ACTIEF, DoetankStatus.AFGEROND, DoetankStatus.GESTOPT)) {
			DoetankRef doetank = doetank(status);
			for (long member = 1; member <= 4; member++) {
				assertThat(MilestoneRules.mayKeep(doetank, TEAM, member(member))).as("member %d, %s", member, status)
					.isTrue();
			}
			assertThat(MilestoneRules.mayKeep(doetank, TEAM, member(5L))).as("who only asked to join").isFalse();
			assertThat(MilestoneRules.mayKeep(doetank, TEAM, member(6L))).as("someone else").isFalse();
			assertThat(MilestoneRules.mayKeep(doetank, TEAM, Viewer.anonymous())).as("a visitor").isFalse();
			assertThat(MilestoneRules.mayKeep(doetank, TEAM, withRole(7L, GlobalRole.BEHEERDER))).as("a beheerder")
				.isTrue();
			assertThat(MilestoneRules.mayKeep(doetank, TEAM, withRole(8L, GlobalRole.COACH)))
				.as("a network coach outside the team")
				.isFalse();
		}
	}

	@Test
	void aProposalHasNoRouteAndSoNoMilestones() {
		assertThat(MilestoneRules.mayKeep(doetank(DoetankStatus.VOORSTEL), TEAM, member(1L))).isFalse();
		assertThat(MilestoneRules.mayKeep(doetank(DoetankStatus.AFGEWEZEN), TEAM, withRole(7L, GlobalRole.BEHEERDER)))
			.isFalse();
	}

	@Test
	void aMilestoneHappenedBetweenTheStartOfTheRouteAndToday() {
		assertThat(problems(START, null)).isEmpty();
		assertThat(problems(TODAY, null)).as("today counts").isEmpty();
		assertThat(problems(START.minusDays(1), null))
			.containsExactly(Map.entry("happenedOn", "milestone.rule.beforeStart"));
		assertThat(problems(TODAY.plusDays(1), null))
			.containsExactly(Map.entry("happenedOn", "milestone.rule.inFuture"));
		assertThat(problems(null, null)).as("a missing day is the form's to report").isEmpty();
	}

	@Test
	void aLinkedPostIsOneOfTheDoetanksPublishedPosts() {
		assertThat(problems(TODAY, 10L)).isEmpty();
		assertThat(problems(TODAY, 99L)).containsExactly(Map.entry("postId", "milestone.rule.unknownPost"));
		assertThat(problems(TODAY.plusDays(3), 99L)).containsOnlyKeys("happenedOn", "postId");
	}

	private static Map<String, String> problems(LocalDate day, Long postId) {
		return problems(day, postId, null);
	}

	private static Map<String, String> problems(LocalDate day, Long postId, Long documentId) {
		return MilestoneRules.problemsWith(
				new MilestoneEntry(day, "Opdracht getekend", "Een regel.", postId, documentId), START, TODAY,
				Set.of(10L, 11L), Set.of(20L));
	}

	@Test
	void aMilestonePointsOnlyAtAPublicDocumentOfItsDoetank() {
		assertThat(problems(TODAY, null, 20L)).isEmpty();
		assertThat(problems(TODAY, null, 21L)).containsEntry("documentId", "milestone.rule.unknownDocument");
	}

	private static DoetankRef doetank(DoetankStatus status) {
		return new DoetankRef(100L, "kennisbehoud", "Kennisbehoud", Phase.ADOPTEREN, status);
	}

	private static Viewer member(Long id) {
		return withRole(id, null);
	}

	private static Viewer withRole(Long id, GlobalRole role) {
		return Viewer.of(new MemberPrincipal(id, id + "@example.org", "Persoon " + id,
				(role == null) ? EnumSet.of(GlobalRole.LID) : EnumSet.of(GlobalRole.LID, role), null));
	}

}
