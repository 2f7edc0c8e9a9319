package nl.clubhuis.documents.domain;

import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who uploads and who sees a Doetank's documents. */
class DocumentAccessTest {

	static final DoetankRef ACTIVE = new DoetankRef(1L, "actief", "Actief", Phase.SCHETSEN, DoetankStatus.ACTIEF);

	static final DoetankRef PROPOSAL = new DoetankRef(2L, "voorstel", "Voorstel", Phase.INITIEREN,
			DoetankStatus.VOORSTEL);

	static final TeamRoles TEAM = new TeamRoles(Map.of(10L, Set.of(MembershipRole.TREKKER), 11L,
			Set.of(MembershipRole.LID), 12L, Set.of(MembershipRole.COACH)), Set.of(13L));

	@Test
	void theTeamItsCoachAndBeheerdersUploadNobodyElse() {
		assertThat(DocumentAccess.canUpload(ACTIVE, TEAM, member(10L))).isTrue();
		assertThat(DocumentAccess.canUpload(ACTIVE, TEAM, member(11L))).isTrue();
		assertThat(DocumentAccess.canUpload(ACTIVE, TEAM, member(12L))).isTrue();
		assertThat(DocumentAccess.canUpload(ACTIVE, TEAM, beheerder(99L))).isTrue();
		assertThat(DocumentAccess.canUpload(ACTIVE, TEAM, member(13L))).as("a pending request").isFalse();
		assertThat(DocumentAccess.canUpload(ACTIVE, TEAM, member(20L))).isFalse();
		assertThat(DocumentAccess.canUpload(ACTIVE, TEAM, Viewer.anonymous())).isFalse();
	}

	@Test
	void teamOnlyDocumentsAreForTheTeamAndBeheerdersPublicOnesForWhoeverSeesTheDoetank() {
		assertThat(DocumentAccess.canSee(Visibility.TEAM, ACTIVE, TEAM, member(11L))).isTrue();
		assertThat(DocumentAccess.canSee(Visibility.TEAM, ACTIVE, TEAM, beheerder(99L))).isTrue();
		assertThat(DocumentAccess.canSee(Visibility.TEAM, ACTIVE, TEAM, member(20L))).isFalse();
		assertThat(DocumentAccess.canSee(Visibility.TEAM, ACTIVE, TEAM, Viewer.anonymous())).isFalse();
		assertThat(DocumentAccess.canSee(Visibility.OPENBAAR, ACTIVE, TEAM, Viewer.anonymous())).isTrue();
		assertThat(DocumentAccess.canSee(Visibility.OPENBAAR, PROPOSAL, TEAM, Viewer.anonymous())).isFalse();
		assertThat(DocumentAccess.canSee(Visibility.OPENBAAR, PROPOSAL, TEAM, member(10L))).isTrue();
	}

	@Test
	void aBeheerderOutsideTheTeamStepsIn() {
		assertThat(DocumentAccess.stepsIn(TEAM, beheerder(99L))).isTrue();
		assertThat(DocumentAccess.stepsIn(TEAM, member(10L))).isFalse();
	}

	private static Viewer member(Long id) {
		return Viewer
			.of(new MemberPrincipal(id, "lid" + id + "@example.org", "Lid " + id, Set.of(GlobalRole.LID), "x"));
	}

	private static Viewer beheerder(Long id) {
		return Viewer.of(new MemberPrincipal(id, "beheer@example.org", "Beheerder",
				Set.of(GlobalRole.LID, GlobalRole.BEHEERDER), "x"));
	}

}
