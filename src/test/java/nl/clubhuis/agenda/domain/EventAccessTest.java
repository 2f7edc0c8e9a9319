package nl.clubhuis.agenda.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.agenda.domain.EventAccess.Host;
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

/** Who sees, runs and comes to which event. */
class EventAccessTest {

	static final Viewer REDACTEUR = person(1L, GlobalRole.REDACTEUR);

	static final Viewer TREKKER = person(2L);

	static final Viewer TEAM_MEMBER = person(3L);

	static final Viewer OUTSIDER = person(4L);

	static final TeamRoles TEAM = new TeamRoles(
			Map.of(2L, EnumSet.of(MembershipRole.TREKKER), 3L, EnumSet.of(MembershipRole.LID)), Set.of());

	@Test
	void theRedactieRunsTheNetworksEventsAndAnyoneWithAnAccountComes() {
		assertThat(EventAccess.permissions(Host.NETWORK, REDACTEUR)).isEqualTo(new EventPermissions(true, true, true));
		assertThat(EventAccess.permissions(Host.NETWORK, OUTSIDER)).isEqualTo(new EventPermissions(true, false, true));
		assertThat(EventAccess.permissions(Host.NETWORK, Viewer.anonymous()))
			.isEqualTo(new EventPermissions(true, false, false));
	}

	@Test
	void aTeamsMeetingIsRunByItsTrekkerAndForItsTeam() {
		Host active = new Host(doetank(DoetankStatus.ACTIEF), TEAM);
		assertThat(EventAccess.permissions(active, TREKKER)).isEqualTo(new EventPermissions(true, true, true));
		assertThat(EventAccess.permissions(active, TEAM_MEMBER)).isEqualTo(new EventPermissions(true, false, true));
		assertThat(EventAccess.permissions(active, OUTSIDER)).isEqualTo(new EventPermissions(true, false, false));
		assertThat(EventAccess.permissions(active, REDACTEUR)).as("the redactie does not run a team's meeting")
			.isEqualTo(new EventPermissions(true, false, false));
	}

	@Test
	void aProposalsMeetingIsHiddenFromWhoIsNotInvolved() {
		Host proposal = new Host(doetank(DoetankStatus.VOORSTEL), TEAM);
		assertThat(EventAccess.permissions(proposal, OUTSIDER).see()).isFalse();
		assertThat(EventAccess.permissions(proposal, Viewer.anonymous()).see()).isFalse();
		assertThat(EventAccess.permissions(proposal, TEAM_MEMBER).see()).isTrue();
	}

	@Test
	void aTrekkerPlansMeetingsOnlyWhileTheDoetankIsActive() {
		assertThat(EventAccess.canPlanMeeting(doetank(DoetankStatus.ACTIEF), TEAM, TREKKER)).isTrue();
		assertThat(EventAccess.canPlanMeeting(doetank(DoetankStatus.ACTIEF), TEAM, TEAM_MEMBER)).isFalse();
		assertThat(EventAccess.canPlanMeeting(doetank(DoetankStatus.VOORSTEL), TEAM, TREKKER)).isFalse();
		assertThat(EventAccess.canOrganiseNetworkEvents(TREKKER)).isFalse();
		assertThat(EventAccess.canOrganiseNetworkEvents(REDACTEUR)).isTrue();
	}

	private static DoetankRef doetank(DoetankStatus status) {
		return new DoetankRef(7L, "doetank", "Doetank", Phase.SCHETSEN, status);
	}

	private static Viewer person(Long id, GlobalRole... roles) {
		Set<GlobalRole> all = EnumSet.of(GlobalRole.LID, roles);
		return Viewer.of(new MemberPrincipal(id, "p" + id + "@example.org", "Persoon " + id, all, null));
	}

}
