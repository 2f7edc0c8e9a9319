package nl.clubhuis.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who an announcement reaches, without Spring. */
class AnnouncementTest {

	private final Announcement phase = Announcement.of(NotificationKind.DOETANK_PHASE, "phase:1:1", "/doetanks/a",
			Instant.EPOCH, "A", "Schetsen", "");

	@Test
	void followersAndNamedMembersTogetherEachOnce() {
		assertThat(this.phase.to(List.of(1L, 2L)).audience(Set.of(2L, 3L))).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void whoCausedItIsNeverTold() {
		assertThat(this.phase.by(2L).to(List.of(1L, 2L)).audience(Set.of(2L))).containsExactly(1L);
	}

	@Test
	void onlyThoseWhoMaySeeIt() {
		assertThat(this.phase.to(List.of(1L)).onlyAmong(List.of(3L)).audience(Set.of(2L, 3L))).containsExactly(3L);
	}

}
