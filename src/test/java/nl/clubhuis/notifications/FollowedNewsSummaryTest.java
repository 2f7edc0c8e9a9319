package nl.clubhuis.notifications;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Wat jij volgt" is kept until a notification waiting for its moment appears. */
class FollowedNewsSummaryTest {

	private static final Instant READ = Instant.parse("2026-12-02T09:00:00Z");

	@Test
	void withNothingWaitingItStaysCurrent() {
		FollowedNews.Summary summary = new FollowedNews.Summary(true, List.of(), null);

		assertThat(summary.outdatedAt(READ.plusSeconds(86_400))).isFalse();
	}

	@Test
	void aWaitingNotificationOutdatesItFromTheMomentItAppears() {
		Instant appears = READ.plusSeconds(90);
		FollowedNews.Summary summary = new FollowedNews.Summary(true, List.of(), appears);

		assertThat(summary.outdatedAt(appears.minusMillis(1))).isFalse();
		assertThat(summary.outdatedAt(appears)).isTrue();
		assertThat(summary.outdatedAt(appears.plusSeconds(1))).isTrue();
	}

}
