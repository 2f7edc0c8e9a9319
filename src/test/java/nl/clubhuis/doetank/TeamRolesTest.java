package nl.clubhuis.doetank;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A team's roles, once read, stay as they were read (they may be kept between requests).
 */
class TeamRolesTest {

	@Test
	void whatWasReadCannotChangeAfterwards() {
		EnumSet<MembershipRole> roles = EnumSet.of(MembershipRole.TREKKER);
		Map<Long, Set<MembershipRole>> active = new HashMap<>(Map.of(1L, roles));
		TeamRoles team = new TeamRoles(active, Set.of(2L));

		roles.add(MembershipRole.COACH);
		active.put(3L, EnumSet.of(MembershipRole.COACH));

		assertThat(team.isCoach(1L)).isFalse();
		assertThat(team.isMember(3L)).isFalse();
		assertThatThrownBy(() -> team.active().get(1L).add(MembershipRole.COACH))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void aRoleAndAnOpenRequestAreToldApart() {
		TeamRoles team = new TeamRoles(Map.of(1L, Set.of(MembershipRole.TREKKER, MembershipRole.COACH)), Set.of(2L));

		assertThat(team.isTrekker(1L)).isTrue();
		assertThat(team.isCoach(1L)).isTrue();
		assertThat(team.isMember(2L)).isFalse();
		assertThat(team.involves(2L)).isTrue();
		assertThat(team.involves(null)).isFalse();
		assertThat(team.withRole(MembershipRole.COACH)).containsExactly(1L);
	}

}
