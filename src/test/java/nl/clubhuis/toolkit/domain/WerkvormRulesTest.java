package nl.clubhuis.toolkit.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The werkvorm rules without Spring: addresses and names, the phases a usage may be
 * recorded for, and who records them.
 */
class WerkvormRulesTest {

	@Test
	void aWerkvormNeverTakesTheAddressOfAPageOrOfAnotherWerkvorm() {
		assertThat(WerkvormNaming.slugFor("Pitch", (slug) -> false)).isEqualTo("pitch");
		assertThat(WerkvormNaming.slugFor("Nieuw", (slug) -> false)).isEqualTo("nieuw-2");
		assertThat(WerkvormNaming.slugFor("Printbaar", (slug) -> false)).isEqualTo("printbaar-2");
		assertThat(WerkvormNaming.slugFor("Pitch", Set.of("pitch", "pitch-2")::contains)).isEqualTo("pitch-3");
	}

	@Test
	void twoWerkvormenNeverShareAName() {
		assertThatNoException().isThrownBy(() -> WerkvormNaming.requireUniqueName(Optional.empty(), null));
		assertThatNoException().isThrownBy(() -> WerkvormNaming.requireUniqueName(Optional.of(7L), 7L));
		assertThatThrownBy(() -> WerkvormNaming.requireUniqueName(Optional.of(7L), null)).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("toolkit.name.taken"));
		assertThatThrownBy(() -> WerkvormNaming.requireUniqueName(Optional.of(7L), 8L))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aUsageIsRecordedOnlyForAPhaseTheDoetankReached() {
		assertThat(WerkvormUsage.recordablePhases(Phase.ADOPTEREN)).containsExactly(Phase.INITIEREN, Phase.SCHETSEN,
				Phase.ADOPTEREN);
		assertThat(WerkvormUsage.recordablePhases(null)).isEmpty();
		assertThat(WerkvormUsage.mayBeRecordedFor(Phase.SCHETSEN, Phase.INITIEREN)).isTrue();
		assertThat(WerkvormUsage.mayBeRecordedFor(Phase.SCHETSEN, Phase.SCHETSEN)).isTrue();
		assertThat(WerkvormUsage.mayBeRecordedFor(Phase.SCHETSEN, Phase.ADOPTEREN)).isFalse();
		assertThat(WerkvormUsage.mayBeRecordedFor(null, Phase.INITIEREN)).isFalse();
		assertThat(WerkvormUsage.mayBeRecordedFor(Phase.SCHETSEN, null)).isFalse();
	}

	@Test
	void everyoneWithARoleInThePublicDoetankRecordsItsWerkvormen() {
		ToolkitAccess access = new ToolkitAccess();
		TeamRoles team = new TeamRoles(Map.of(1L, Set.of(MembershipRole.TREKKER), 2L, Set.of(MembershipRole.COACH), 3L,
				Set.of(MembershipRole.SUPPORTER)), Set.of(4L));
		DoetankRef active = doetank(DoetankStatus.ACTIEF);

		assertThat(access.canRecordWerkvormen(active, team, person(1L))).isTrue();
		assertThat(access.canRecordWerkvormen(active, team, person(2L))).isTrue();
		assertThat(access.canRecordWerkvormen(active, team, person(3L))).isTrue();
		assertThat(access.canRecordWerkvormen(doetank(DoetankStatus.GESTOPT), team, person(1L))).isTrue();
		assertThat(access.canRecordWerkvormen(active, team, person(4L))).as("asked to join").isFalse();
		assertThat(access.canRecordWerkvormen(active, team, person(5L))).as("outsider").isFalse();
		assertThat(access.canRecordWerkvormen(active, team, Viewer.anonymous())).as("visitor").isFalse();
		assertThat(access.canRecordWerkvormen(doetank(DoetankStatus.VOORSTEL), team, person(1L)))
			.as("a proposal is not public")
			.isFalse();
	}

	@Test
	void onlyTheRedactieKeepsTheToolkit() {
		ToolkitAccess access = new ToolkitAccess();
		assertThat(access.canEdit(person(1L, GlobalRole.REDACTEUR))).isTrue();
		assertThat(access.canEdit(person(1L))).isFalse();
		assertThat(access.canEdit(Viewer.anonymous())).isFalse();
	}

	private static DoetankRef doetank(DoetankStatus status) {
		return new DoetankRef(10L, "minder-formulieren", "Minder formulieren", Phase.SCHETSEN, status);
	}

	private static Viewer person(Long id, GlobalRole... roles) {
		return Viewer.of(new MemberPrincipal(id, "p" + id + "@example.org", "Persoon " + id, Set.of(roles), null));
	}

}
