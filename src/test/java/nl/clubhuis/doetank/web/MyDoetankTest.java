package nl.clubhuis.doetank.web;

import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Doetanks.Involvement;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;
import nl.clubhuis.doetank.Phase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Mijn Doetanks": current roles, one line per Doetank, active Doetanks first. */
class MyDoetankTest {

	private static final DoetankRef ZORG = new DoetankRef(1L, "zorg", "Zorg dichtbij", Phase.SCHETSEN,
			DoetankStatus.ACTIEF);

	private static final DoetankRef ARCHIEF = new DoetankRef(2L, "archief", "archief op orde", Phase.INITIEREN,
			DoetankStatus.ACTIEF);

	private static final DoetankRef KLAAR = new DoetankRef(3L, "klaar", "Afgerond werk", Phase.VERBREDEN,
			DoetankStatus.AFGEROND);

	private static final DoetankRef VOORSTEL = new DoetankRef(4L, "voorstel", "Een voorstel", null,
			DoetankStatus.VOORSTEL);

	private static final DoetankRef VERLATEN = new DoetankRef(5L, "verlaten", "Al weg", Phase.SCHETSEN,
			DoetankStatus.ACTIEF);

	private static final DoetankRef GEVRAAGD = new DoetankRef(6L, "gevraagd", "Aangevraagd", Phase.SCHETSEN,
			DoetankStatus.ACTIEF);

	@Test
	void activeDoetanksFirstByTitleWithEveryCurrentRoleInTheTeamsOrder() {
		List<MyDoetank> mine = MyDoetank
			.of(List.of(active(KLAAR, MembershipRole.LID), active(ZORG, MembershipRole.COACH),
					active(ARCHIEF, MembershipRole.LID), active(ZORG, MembershipRole.TREKKER)));

		assertThat(mine).extracting((d) -> d.doetank().slug()).containsExactly("archief", "zorg", "klaar");
		assertThat(mine.get(1).roles()).containsExactly(MembershipRole.TREKKER, MembershipRole.COACH);
	}

	@Test
	void proposalsEndedRolesAndRequestsAreNotCurrentDoetanks() {
		List<MyDoetank> mine = MyDoetank.of(List.of(active(VOORSTEL, MembershipRole.TREKKER),
				new Involvement(VERLATEN, MembershipRole.LID, MembershipState.BEEINDIGD),
				new Involvement(GEVRAAGD, MembershipRole.LID, MembershipState.AANGEVRAAGD),
				new Involvement(ZORG, MembershipRole.LID, MembershipState.AFGEWEZEN)));

		assertThat(mine).isEmpty();
	}

	private static Involvement active(DoetankRef doetank, MembershipRole role) {
		return new Involvement(doetank, role, MembershipState.ACTIEF);
	}

}
