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
import nl.clubhuis.route.AdopterEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who records, corrects and removes adopters, and when a Doetank has them: no Spring. */
class AdopterRulesTest {

	static final Viewer TREKKER = person(1L, GlobalRole.LID);

	static final Viewer COACH = person(2L, GlobalRole.COACH);

	static final Viewer MEMBER = person(3L, GlobalRole.LID);

	static final Viewer BEHEERDER = person(4L, GlobalRole.BEHEERDER);

	static final TeamRoles TEAM = new TeamRoles(
			Map.of(1L, EnumSet.of(MembershipRole.TREKKER), 2L, EnumSet.of(MembershipRole.COACH)), Set.of());

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	@Test
	void onlyADoetankThatSpreadsOrFinishedIsTakenUp() {
		assertThat(AdopterRules.isAdoptable(doetank(Phase.VERBREDEN, DoetankStatus.ACTIEF))).isTrue();
		assertThat(AdopterRules.isAdoptable(doetank(Phase.VERBREDEN, DoetankStatus.AFGEROND))).isTrue();
		assertThat(AdopterRules.isAdoptable(doetank(Phase.EVALUEREN, DoetankStatus.AFGEROND)))
			.as("finished, whatever the phase it finished in")
			.isTrue();
		assertThat(AdopterRules.isAdoptable(doetank(Phase.EVALUEREN, DoetankStatus.ACTIEF))).isFalse();
		assertThat(AdopterRules.isAdoptable(doetank(Phase.INITIEREN, DoetankStatus.ACTIEF))).isFalse();
		assertThat(AdopterRules.isAdoptable(doetank(Phase.VERBREDEN, DoetankStatus.GESTOPT))).isFalse();
		assertThat(AdopterRules.isAdoptable(doetank(null, DoetankStatus.VOORSTEL))).isFalse();
	}

	@Test
	void theAdoptersOfADoetankThatStoppedInVerbredenStayVisible() {
		assertThat(AdopterRules.mayHaveAdopters(doetank(Phase.VERBREDEN, DoetankStatus.GESTOPT))).isTrue();
		assertThat(AdopterRules.mayHaveAdopters(doetank(Phase.EXPERIMENTEREN, DoetankStatus.ACTIEF))).isFalse();
		assertThat(AdopterRules.mayHaveAdopters(doetank(null, DoetankStatus.VOORSTEL))).isFalse();
	}

	@Test
	void anyLoggedInMemberRecordsAnAdopter() {
		DoetankRef verbreden = doetank(Phase.VERBREDEN, DoetankStatus.ACTIEF);

		assertThat(AdopterRules.mayRecord(verbreden, MEMBER)).isTrue();
		assertThat(AdopterRules.mayRecord(verbreden, TREKKER)).isTrue();
		assertThat(AdopterRules.mayRecord(verbreden, COACH)).isTrue();
		assertThat(AdopterRules.mayRecord(verbreden, Viewer.anonymous())).isFalse();
		assertThat(AdopterRules.mayRecord(doetank(Phase.ADOPTEREN, DoetankStatus.ACTIEF), MEMBER)).isFalse();
	}

	@Test
	void whoRecordedItCorrectsItAndATrekkerOrBeheerderRemovesIt() {
		assertThat(AdopterRules.mayChange(3L, MEMBER)).isTrue();
		assertThat(AdopterRules.mayChange(3L, TREKKER)).isFalse();
		assertThat(AdopterRules.mayChange(3L, BEHEERDER)).isFalse();
		assertThat(AdopterRules.mayChange(3L, Viewer.anonymous())).isFalse();

		assertThat(AdopterRules.mayRemove(TEAM, TREKKER)).isTrue();
		assertThat(AdopterRules.mayRemove(TEAM, BEHEERDER)).isTrue();
		assertThat(AdopterRules.mayRemove(TEAM, COACH)).as("the coach is not the team's trekker").isFalse();
		assertThat(AdopterRules.mayRemove(TEAM, MEMBER)).isFalse();
		assertThat(AdopterRules.mayRemove(TEAM, Viewer.anonymous())).isFalse();
	}

	@Test
	void anAdoptionHasStartedAndHasAContact() {
		assertThat(AdopterRules.problemsWith(entry(TODAY, "Anna de Vries", false), TODAY)).isEmpty();
		assertThat(AdopterRules.problemsWith(entry(TODAY.minusYears(1), null, true), TODAY)).isEmpty();
		assertThat(AdopterRules.problemsWith(entry(TODAY.plusDays(1), " ", false), TODAY)).containsExactly(
				Map.entry("since", "adopter.rule.inFuture"), Map.entry("contactName", "adopter.rule.noContact"));
		assertThat(AdopterRules.problemsWith(entry(null, "Anna", false), TODAY)).as("a missing day is the form's")
			.isEmpty();
	}

	private static AdopterEntry entry(LocalDate since, String contactName, boolean contactIsMe) {
		return new AdopterEntry("Gemeente Zwolle", "Het formulier", since, contactName, contactIsMe);
	}

	private static DoetankRef doetank(Phase phase, DoetankStatus status) {
		return new DoetankRef(10L, "proef", "Proef", phase, status);
	}

	private static Viewer person(Long id, GlobalRole role) {
		return Viewer
			.of(new MemberPrincipal(id, id + "@example.org", "Persoon " + id, EnumSet.of(GlobalRole.LID, role), null));
	}

}
