package nl.clubhuis.route.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import nl.clubhuis.route.DoorAnswer;
import nl.clubhuis.route.DoorEntry;
import nl.clubhuis.route.DoorState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who asks a supporter to open a door, who answers and withdraws, what a request and an
 * answer must say, and how a request moves from asked to answered.
 */
class DoorRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	/** 1 trekker, 2 lid, 3 coach, 4 and 6 supporters, 5 asked to join. */
	static final TeamRoles TEAM = new TeamRoles(Map.of(1L, Set.of(MembershipRole.TREKKER), 2L,
			Set.of(MembershipRole.LID), 3L, Set.of(MembershipRole.COACH), 4L, Set.of(MembershipRole.SUPPORTER), 6L,
			Set.of(MembershipRole.SUPPORTER, MembershipRole.OPDRACHTGEVER)), Set.of(5L));

	static final DoetankRef ACTIVE = doetank(DoetankStatus.ACTIEF);

	@Test
	void everyoneInTheTeamOfAnActiveDoetankAsksOutsidersAndBeheerdersDoNot() {
		for (long member : List.of(1L, 2L, 3L, 4L, 6L)) {
			assertThat(DoorRules.mayAsk(ACTIVE, TEAM, member(member))).as("team member %d", member).isTrue();
		}
		assertThat(DoorRules.mayAsk(ACTIVE, TEAM, member(5L))).as("who only asked to join").isFalse();
		assertThat(DoorRules.mayAsk(ACTIVE, TEAM, member(9L))).as("a member outside the team").isFalse();
		assertThat(DoorRules.mayAsk(ACTIVE, TEAM, withRole(8L, GlobalRole.BEHEERDER))).as("a beheerder").isFalse();
		assertThat(DoorRules.mayAsk(ACTIVE, TEAM, Viewer.anonymous())).isFalse();
		for (DoetankStatus status : List.of(DoetankStatus.VOORSTEL, DoetankStatus.AFGEROND, DoetankStatus.GESTOPT)) {
			assertThat(DoorRules.mayAsk(doetank(status), TEAM, member(1L))).as("%s", status).isFalse();
		}
	}

	@Test
	void theTeamAndTheBeheerdersFollowTheRequestsVisitorsDoNot() {
		assertThat(DoorRules.mayFollow(TEAM, member(2L))).isTrue();
		assertThat(DoorRules.mayFollow(TEAM, withRole(8L, GlobalRole.BEHEERDER))).isTrue();
		assertThat(DoorRules.mayFollow(TEAM, member(9L))).isFalse();
		assertThat(DoorRules.mayFollow(TEAM, withRole(7L, GlobalRole.COACH))).as("a coach of the network").isFalse();
		assertThat(DoorRules.mayFollow(TEAM, Viewer.anonymous())).isFalse();
	}

	@Test
	void onlyTheSupporterAskedAnswersAndABeheerderForTheSupportcomite() {
		assertThat(DoorRules.mayAnswer(4L, member(4L))).isTrue();
		assertThat(DoorRules.mayAnswer(4L, member(6L))).as("another supporter").isFalse();
		assertThat(DoorRules.mayAnswer(4L, member(1L))).as("the trekker").isFalse();
		assertThat(DoorRules.mayAnswer(4L, withRole(8L, GlobalRole.BEHEERDER))).as("a beheerder").isFalse();
		assertThat(DoorRules.mayAnswer(null, withRole(8L, GlobalRole.BEHEERDER))).as("the supportcomité").isTrue();
		assertThat(DoorRules.mayAnswer(null, member(4L))).isFalse();
		assertThat(DoorRules.mayAnswer(4L, Viewer.anonymous())).isFalse();
		assertThat(DoorRules.maySee(TEAM, 4L, member(9L))).isFalse();
		assertThat(DoorRules.maySee(TEAM, 9L, member(9L))).as("asked, though no longer in the team").isTrue();
	}

	@Test
	void onlyWhoAskedWithdraws() {
		assertThat(DoorRules.mayWithdraw(2L, member(2L))).isTrue();
		assertThat(DoorRules.mayWithdraw(2L, member(1L))).as("the trekker").isFalse();
		assertThat(DoorRules.mayWithdraw(2L, withRole(8L, GlobalRole.BEHEERDER))).isFalse();
	}

	@Test
	void theTeamsSupportersCanBeAskedByNameButNotByThemselves() {
		assertThat(DoorRules.supportersOf(TEAM, 1L)).containsExactly(4L, 6L);
		assertThat(DoorRules.supportersOf(TEAM, 4L)).containsExactly(6L);
	}

	@Test
	void aRequestWithoutADayOrWithoutAnyoneToOpenTheDoorToIsAProblemAtItsField() {
		assertThat(DoorRules.problemsWith(entry(4L, null), TODAY, Set.of(4L)))
			.containsExactly(Map.entry("wantedBy", "doors.rule.wantedBy"));
		assertThat(DoorRules.problemsWith(new DoorEntry(4L, " ", "Waarom", TODAY), TODAY, Set.of(4L)))
			.containsExactly(Map.entry("toWhom", "NotBlank"));
		assertThat(DoorRules.problemsWith(new DoorEntry(4L, null, "Waarom", TODAY), TODAY, Set.of(4L)))
			.containsOnlyKeys("toWhom");
	}

	@Test
	void aRequestGoesToATeamSupporterOrTheSupportcomiteAndIsWantedTodayOrLater() {
		Set<Long> supporters = Set.of(4L, 6L);
		assertThat(DoorRules.problemsWith(entry(4L, TODAY), TODAY, supporters)).isEmpty();
		assertThat(DoorRules.problemsWith(entry(null, TODAY.plusDays(1)), TODAY, supporters)).isEmpty();
		assertThat(DoorRules.problemsWith(entry(2L, TODAY.minusDays(1)), TODAY, supporters)).containsExactly(
				Map.entry("supporter", "doors.rule.notSupporter"), Map.entry("wantedBy", "doors.rule.past"));
	}

	@Test
	void anOpenedDoorSaysWhatHappenedARefusalWhyAndStillBusyNeedsNoLine() {
		assertThat(DoorRules.problemsWith(new DoorAnswer(DoorState.GEOPEND, "De DG ontvangt ons op 3 maart.")))
			.isEmpty();
		assertThat(DoorRules.problemsWith(new DoorAnswer(DoorState.BEZIG, null))).isEmpty();
		assertThat(DoorRules.problemsWith(new DoorAnswer(DoorState.GEOPEND, " ")))
			.containsExactly(Map.entry("line", "doors.rule.line.GEOPEND"));
		assertThat(DoorRules.problemsWith(new DoorAnswer(DoorState.NIET_MOGELIJK, null)))
			.containsExactly(Map.entry("line", "doors.rule.line.NIET_MOGELIJK"));
		assertThat(DoorRules.problemsWith(new DoorAnswer(null, "x")))
			.containsExactly(Map.entry("outcome", "doors.rule.outcome"));
		assertThat(DoorRules.problemsWith(new DoorAnswer(DoorState.INGETROKKEN, "x")))
			.containsExactly(Map.entry("outcome", "doors.rule.outcome"));
	}

	@Test
	void aRequestIsAnsweredUntilItsOutcomeAndNeverTwice() {
		DoorRequest request = new DoorRequest(10L, entry(4L, TODAY), 2L, NOW);
		assertThat(request.getState()).isEqualTo(DoorState.OPEN);

		assertThat(request.answer(new DoorAnswer(DoorState.BEZIG, ""), 4L, NOW)).isTrue();
		assertThat(request.getState()).isEqualTo(DoorState.BEZIG);
		assertThat(request.getAnswer()).isNull();
		assertThat(request.answer(new DoorAnswer(DoorState.GEOPEND, " De DG ontvangt ons. "), 4L, NOW)).isTrue();
		assertThat(request.getAnswer()).isEqualTo("De DG ontvangt ons.");

		assertThat(request.answer(new DoorAnswer(DoorState.NIET_MOGELIJK, "Toch niet."), 4L, NOW)).isFalse();
		assertThat(request.withdraw(NOW)).as("an answered request is not withdrawn").isFalse();
		assertThat(request.getState()).isEqualTo(DoorState.GEOPEND);
		assertThat(request.getAnswer()).isEqualTo("De DG ontvangt ons.");
	}

	@Test
	void aWithdrawnRequestIsNotAnswered() {
		DoorRequest request = new DoorRequest(10L, entry(null, TODAY), 2L, NOW);

		assertThat(request.withdraw(NOW)).isTrue();
		assertThat(request.withdraw(NOW)).isFalse();
		assertThat(request.answer(new DoorAnswer(DoorState.GEOPEND, "Gelukt."), 8L, NOW)).isFalse();
		assertThat(request.getState()).isEqualTo(DoorState.INGETROKKEN);
		assertThat(request.isForCommittee()).isTrue();
	}

	private static DoorEntry entry(Long supporterId, LocalDate wantedBy) {
		return new DoorEntry(supporterId, " De directeur-generaal Wonen ", "Zij beslist over de pilot.", wantedBy);
	}

	private static DoetankRef doetank(DoetankStatus status) {
		return new DoetankRef(10L, "kennisbehoud", "Kennisbehoud", Phase.ADOPTEREN, status);
	}

	private static Viewer member(Long id) {
		return withRole(id, null);
	}

	private static Viewer withRole(Long id, GlobalRole role) {
		return Viewer.of(new MemberPrincipal(id, id + "@example.org", "Persoon " + id,
				(role == null) ? EnumSet.of(GlobalRole.LID) : EnumSet.of(GlobalRole.LID, role), null));
	}

}
