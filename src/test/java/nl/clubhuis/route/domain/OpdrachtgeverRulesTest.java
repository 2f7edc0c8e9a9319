package nl.clubhuis.route.domain;

import java.time.LocalDate;
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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opdrachtgever judges a result once there is one; eindgebruikers consent while the
 * Doetank experiments; only the team sees who consented. Plain Java, no Spring.
 */
class OpdrachtgeverRulesTest {

	static final long TREKKER = 1, COACH = 2, OPDRACHTGEVER = 3, EINDGEBRUIKER = 4, LID = 5, OUTSIDER = 6;

	static final TeamRoles TEAM = new TeamRoles(Map.of(TREKKER, Set.of(MembershipRole.TREKKER), COACH,
			Set.of(MembershipRole.COACH), OPDRACHTGEVER, Set.of(MembershipRole.OPDRACHTGEVER), EINDGEBRUIKER,
			Set.of(MembershipRole.EINDGEBRUIKER), LID, Set.of(MembershipRole.LID)), Set.of());

	@Test
	void consentIsRecordedOnlyWhileAnActiveDoetankExperiments() {
		for (Phase phase : Phase.values()) {
			assertThat(OpdrachtgeverRules.consentOpen(doetank(phase, DoetankStatus.ACTIEF))).as(phase.name())
				.isEqualTo(phase == Phase.EXPERIMENTEREN);
		}
		assertThat(OpdrachtgeverRules.consentOpen(doetank(Phase.EXPERIMENTEREN, DoetankStatus.GESTOPT))).isFalse();
		assertThat(OpdrachtgeverRules.consentOpen(doetank(Phase.EXPERIMENTEREN, DoetankStatus.AFGEROND))).isFalse();
	}

	@Test
	void thereIsAResultToJudgeFromEvaluerenOnOrOnceTheRouteIsCompleted() {
		for (Phase phase : Phase.values()) {
			assertThat(OpdrachtgeverRules.hasResultToJudge(doetank(phase, DoetankStatus.ACTIEF))).as(phase.name())
				.isEqualTo(!phase.isBefore(Phase.EVALUEREN));
		}
		assertThat(OpdrachtgeverRules.hasResultToJudge(doetank(Phase.EXPERIMENTEREN, DoetankStatus.AFGEROND))).isTrue();
		assertThat(OpdrachtgeverRules.hasResultToJudge(doetank(Phase.VERBREDEN, DoetankStatus.GESTOPT))).isFalse();
		assertThat(OpdrachtgeverRules.hasResultToJudge(doetank(null, DoetankStatus.VOORSTEL))).isFalse();
	}

	@Test
	void onlyTheOpdrachtgeverOfThisDoetankWritesItsTestimonial() {
		assertThat(OpdrachtgeverRules.mayWriteTestimonial(TEAM, viewer(OPDRACHTGEVER))).isTrue();
		for (long other : new long[] { TREKKER, COACH, EINDGEBRUIKER, LID, OUTSIDER }) {
			assertThat(OpdrachtgeverRules.mayWriteTestimonial(TEAM, viewer(other))).as("member %d", other).isFalse();
		}
		assertThat(OpdrachtgeverRules.mayWriteTestimonial(TEAM, beheerder())).isFalse();
		assertThat(OpdrachtgeverRules.mayWriteTestimonial(TEAM, Viewer.anonymous())).isFalse();
	}

	@Test
	void trekkerCoachAndEindgebruikersRecordConsentAndOnlyTheTeamSeesWho() {
		assertThat(OpdrachtgeverRules.mayRecordConsent(TEAM, viewer(TREKKER))).isTrue();
		assertThat(OpdrachtgeverRules.mayRecordConsent(TEAM, viewer(COACH))).isTrue();
		assertThat(OpdrachtgeverRules.mayRecordConsent(TEAM, viewer(EINDGEBRUIKER))).isTrue();
		assertThat(OpdrachtgeverRules.recordsForTheTeam(TEAM, viewer(EINDGEBRUIKER))).as("only their own").isFalse();
		assertThat(OpdrachtgeverRules.mayRecordConsent(TEAM, viewer(LID))).isFalse();
		assertThat(OpdrachtgeverRules.mayRecordConsent(TEAM, viewer(OUTSIDER))).isFalse();

		assertThat(OpdrachtgeverRules.seesConsents(TEAM, viewer(LID))).isTrue();
		assertThat(OpdrachtgeverRules.seesConsents(TEAM, viewer(COACH))).isTrue();
		assertThat(OpdrachtgeverRules.seesConsents(TEAM, viewer(OUTSIDER))).isFalse();
		assertThat(OpdrachtgeverRules.seesConsents(TEAM, Viewer.anonymous())).isFalse();
		assertThat(OpdrachtgeverRules.seesConsents(TEAM, beheerder())).isTrue();
	}

	@Test
	void aConsentWasGivenTodayOrEarlier() {
		LocalDate today = LocalDate.of(2026, 3, 1);
		assertThat(OpdrachtgeverRules.isGivenBy(today, today)).isTrue();
		assertThat(OpdrachtgeverRules.isGivenBy(today.minusYears(1), today)).isTrue();
		assertThat(OpdrachtgeverRules.isGivenBy(today.plusDays(1), today)).isFalse();
	}

	private static DoetankRef doetank(Phase phase, DoetankStatus status) {
		return new DoetankRef(10L, "proef", "Proef", phase, status);
	}

	private static Viewer viewer(long id) {
		return Viewer
			.of(new MemberPrincipal(id, "lid" + id + "@example.org", "Lid " + id, Set.of(GlobalRole.LID), "x"));
	}

	private static Viewer beheerder() {
		return Viewer.of(new MemberPrincipal(99L, "beheer@example.org", "Beheerder",
				Set.of(GlobalRole.LID, GlobalRole.BEHEERDER), "x"));
	}

}
