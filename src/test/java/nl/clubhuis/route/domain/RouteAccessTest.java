package nl.clubhuis.route.domain;

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
import nl.clubhuis.route.RoutePermissions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what along a Doetank's route, without Spring. */
class RouteAccessTest {

	static final Viewer TREKKER = person(1L, GlobalRole.LID);

	static final Viewer COACH = person(2L, GlobalRole.COACH);

	static final Viewer OTHER_COACH = person(3L, GlobalRole.COACH);

	static final Viewer BEHEERDER = person(4L, GlobalRole.BEHEERDER);

	static final TeamRoles TEAM = new TeamRoles(
			Map.of(1L, EnumSet.of(MembershipRole.TREKKER), 2L, EnumSet.of(MembershipRole.COACH)), Set.of());

	@Test
	void theTeamsCoachRecordsTheOverlegAndTheTrekkerOrTheCoachAsksForIt() {
		DoetankRef schetsen = doetank(Phase.SCHETSEN, DoetankStatus.ACTIEF);

		assertThat(RouteAccess.permissions(schetsen, TEAM, COACH))
			.isEqualTo(new RoutePermissions(true, true, true, false, false));
		assertThat(RouteAccess.permissions(schetsen, TEAM, TREKKER))
			.isEqualTo(new RoutePermissions(false, true, true, false, false));
		assertThat(RouteAccess.permissions(schetsen, TEAM, OTHER_COACH)).isEqualTo(RoutePermissions.NONE);
		assertThat(RouteAccess.permissions(schetsen, TEAM, Viewer.anonymous())).isEqualTo(RoutePermissions.NONE);
	}

	@Test
	void aBeheerderMayStepIn() {
		assertThat(RouteAccess.permissions(doetank(Phase.ADOPTEREN, DoetankStatus.ACTIEF), TEAM, BEHEERDER))
			.isEqualTo(new RoutePermissions(true, false, true, true, false));
	}

	@Test
	void theAdoptionAgreementFromAdopterenAndTheDiffusietankInVerbreden() {
		assertThat(RouteAccess.permissions(doetank(Phase.ADOPTEREN, DoetankStatus.ACTIEF), TEAM, TREKKER)
			.recordAgreement()).isTrue();
		assertThat(
				RouteAccess.permissions(doetank(Phase.VERBREDEN, DoetankStatus.ACTIEF), TEAM, COACH).markDiffusietank())
			.isTrue();
		assertThat(RouteAccess.permissions(doetank(Phase.VERBREDEN, DoetankStatus.AFGEROND), TEAM, COACH))
			.as("a finished route is read, not changed, but a diffusietank can still be marked")
			.isEqualTo(new RoutePermissions(false, false, false, false, true));
		assertThat(RouteAccess.permissions(doetank(Phase.VERBREDEN, DoetankStatus.GESTOPT), TEAM, COACH))
			.isEqualTo(RoutePermissions.NONE);
	}

	@Test
	void aHistoricalDoetankOffersNothingToAnyone() {
		DoetankRef experimenteren = new DoetankRef(10L, "proef", "Proef", Phase.EXPERIMENTEREN, DoetankStatus.ACTIEF,
				true);
		DoetankRef verbreden = new DoetankRef(11L, "breed", "Breed", Phase.VERBREDEN, DoetankStatus.ACTIEF, true);
		assertThat(experimenteren.isActive()).as("its route is closed").isFalse();
		for (Viewer viewer : java.util.List.of(TREKKER, COACH, BEHEERDER)) {
			assertThat(RouteAccess.permissions(experimenteren, TEAM, viewer)).isEqualTo(RoutePermissions.NONE);
			assertThat(RouteAccess.permissions(verbreden, TEAM, viewer)).as("no diffusietank either")
				.isEqualTo(RoutePermissions.NONE);
			assertThat(MilestoneRules.mayKeep(experimenteren, TEAM, viewer)).isFalse();
		}
		assertThat(RouteAccess.mayRequestReview(experimenteren, TEAM, COACH)).isFalse();
		assertThat(DoorRules.mayAsk(experimenteren, TEAM, TREKKER)).isFalse();
		assertThat(OpdrachtgeverRules.consentOpen(experimenteren)).isFalse();
		assertThat(OpdrachtgeverRules.hasResultToJudge(verbreden)).isFalse();
		assertThat(RouteAccess.permissions(doetank(Phase.EXPERIMENTEREN, DoetankStatus.ACTIEF), TEAM, COACH))
			.as("the same Doetank, not historical")
			.isNotEqualTo(RoutePermissions.NONE);
	}

	private static DoetankRef doetank(Phase phase, DoetankStatus status) {
		return new DoetankRef(10L, "proef", "Proef", phase, status);
	}

	private static Viewer person(Long id, GlobalRole role) {
		return Viewer
			.of(new MemberPrincipal(id, id + "@example.org", "Persoon " + id, EnumSet.of(GlobalRole.LID, role), null));
	}

}
