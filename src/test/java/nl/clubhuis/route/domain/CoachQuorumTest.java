package nl.clubhuis.route.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How many coaches hold a gatekeepers-overleg, and who counts: without Spring. */
class CoachQuorumTest {

	static final Long RECORDER = 1L;

	static final List<Long> NETWORK_COACHES = List.of(1L, 2L, 3L);

	@Test
	void theRecorderCountsAndOnlyCoachesOfTheNetworkAreAdded() {
		assertThat(CoachQuorum.present(RECORDER, null, NETWORK_COACHES)).containsExactly(RECORDER);
		assertThat(CoachQuorum.present(RECORDER, Set.of(1L), NETWORK_COACHES)).containsExactly(RECORDER);
		assertThat(CoachQuorum.present(RECORDER, Set.of(2L, 9L), NETWORK_COACHES)).containsExactly(RECORDER, 2L);
	}

	@Test
	void twoCoachesAreEnoughForTwoButNotForThree() {
		Set<Long> two = CoachQuorum.present(RECORDER, Set.of(2L), NETWORK_COACHES);
		Set<Long> alone = CoachQuorum.present(RECORDER, Set.of(), NETWORK_COACHES);

		assertThat(new CoachQuorum(2).isMetBy(two)).isTrue();
		assertThat(new CoachQuorum(2).isMetBy(alone)).isFalse();
		assertThat(new CoachQuorum(3).isMetBy(two)).isFalse();
		assertThat(new CoachQuorum(1).isMetBy(alone)).isTrue();
	}

}
