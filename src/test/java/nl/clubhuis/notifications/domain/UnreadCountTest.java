package nl.clubhuis.notifications.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept unread number holds until the next notification waiting for its moment appears.
 */
class UnreadCountTest {

	private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void withNothingWaitingItHolds() {
		assertThat(new UnreadCount(3, null).outdatedAt(this.now.plusSeconds(3600))).isFalse();
	}

	@Test
	void itHoldsUntilTheNextOneAppears() {
		UnreadCount count = new UnreadCount(3, this.now.plusSeconds(10));

		assertThat(count.outdatedAt(this.now.plusSeconds(9))).isFalse();
		assertThat(count.outdatedAt(this.now.plusSeconds(10))).isTrue();
		assertThat(count.outdatedAt(this.now.plusSeconds(11))).isTrue();
	}

}
