package nl.clubhuis.route;

import nl.clubhuis.doetank.Phase;

import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.route.domain.TransitionKind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a stay in a phase lasted, said the way people say it. */
class StageLengthTest {

	private static final Instant START = Instant.parse("2024-01-01T10:00:00Z");

	@Test
	void shortStaysInDaysThenWeeksMonthsAndYears() {
		assertThat(lengthAfter(0)).isEqualTo(new Timeline.Length("days", 0));
		assertThat(lengthAfter(9)).isEqualTo(new Timeline.Length("days", 9));
		assertThat(lengthAfter(30)).isEqualTo(new Timeline.Length("weeks", 4));
		assertThat(lengthAfter(200)).isEqualTo(new Timeline.Length("months", 7));
		assertThat(lengthAfter(5103)).as("not 729 weeks").isEqualTo(new Timeline.Length("years", 14));
	}

	private static Timeline.Length lengthAfter(int days) {
		Timeline.Stage stage = new Timeline.Stage(Phase.SCHETSEN, AmsterdamTime.of(START), null, TransitionKind.DOOR,
				null, List.of(), List.of(), List.of());
		return stage.length(START.plus(Duration.ofDays(days)));
	}

}
